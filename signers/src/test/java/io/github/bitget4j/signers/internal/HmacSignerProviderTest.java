package io.github.bitget4j.signers.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerSpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HmacSignerProviderTest {

    private final HmacSignerProvider provider = new HmacSignerProvider();

    @Test
    void isNamedHmacAndHasTheLowestPrioritySoThatItIsTheFallback() {
        assertThat(provider.name()).isEqualTo("hmac");
        assertThat(provider.priority()).isZero().isLessThan(new RsaSignerProvider().priority());
        assertThat(provider.isUsable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "x", "  ",
            "sécret-€", "a secret that mentions a private key in lower case", "my-pkcs11:not-a-prefix"})
    void supportsEveryNonEmptySecretThatIsNeitherAPemKeyNorAPkcs11Uri(String secret) {
        assertThat(provider.supports(SignerSpec.of(secret))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----",
            "-----BEGIN RSA PRIVATE KEY-----", "PRIVATE KEY", "pkcs11:token=bitget;object=api-key", "PKCS11:token=x",
            "keystore:/etc/bitget/key.p12", "KEYSTORE:C:\\keys\\key.p12"})
    void leavesEmptySecretsPemPrivateKeysPkcs11UrisAndKeyStorePathsToOtherProviders(String secret) {
        assertThat(provider.supports(SignerSpec.of(secret))).isFalse();
    }

    @Test
    void refusesAnEmptySecretWithAClearMessage() {
        assertThatThrownBy(() -> provider.create(SignerSpec.of("")))
                .isInstanceOf(SignerException.class).hasMessageContaining("HMAC API secret is empty");
    }

    @Test
    void refusesASecretOfOnlyWhitespaceWithAClearMessage() {
        assertThatThrownBy(() -> provider.create(SignerSpec.of(" \t\n ")))
                .isInstanceOf(SignerException.class).hasMessageContaining("blank");
    }

    @Test
    void usesASecretWithSurroundingWhitespaceExactlyAsGiven() throws Exception {
        String secret = TestKeys.HMAC_SECRET_ASCII + "\n";
        byte[] message = "1695806875837GET/api/v2/spot/account/assets".getBytes(UTF_8);
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));

        try (Signer signer = provider.create(SignerSpec.of(secret))) {
            assertThat(signer.sign(message)).isEqualTo(Base64.getEncoder().encodeToString(reference.doFinal(message)));
        }
    }

    @Test
    void signsTheSameMessageTheSameWayEveryTimeAsTheMacIsReused() {
        TestKeys.Vector vector = TestKeys.vectors("hmac-ascii").get(1);
        try (Signer signer = provider.create(SignerSpec.of(TestKeys.HMAC_SECRET_ASCII))) {
            for (int i = 0; i < 100; i++) {
                assertThat(signer.sign(vector.messageBytes())).isEqualTo(vector.expected());
            }
        }
    }

    @Test
    void toStringOfProviderAndSignerNeverShowsTheSecret() {
        try (Signer signer = provider.create(SignerSpec.of(TestKeys.HMAC_SECRET_ASCII))) {
            assertThat(signer.toString()).contains("HmacSHA256").doesNotContain(TestKeys.HMAC_SECRET_ASCII.substring(0, 8));
        }
        assertThat(provider.toString()).contains("hmac");
    }

    @Test
    void closedSignerRefusesToSignInsteadOfUsingAReleasedKey() {
        Signer signer = provider.create(SignerSpec.of(TestKeys.HMAC_SECRET_ASCII));
        signer.close();
        assertThatThrownBy(() -> signer.sign(new byte[] {1}))
                .isInstanceOf(SignerException.class).hasMessageContaining("closed");
    }
}
