package io.github.bitget4j.signers.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerSpec;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsaSignerProviderTest {

    private final RsaSignerProvider provider = new RsaSignerProvider();

    @Test
    void isNamedRsaAndOutranksHmacWhenBothCouldFit() {
        assertThat(provider.name()).isEqualTo("rsa");
        assertThat(provider.priority()).isEqualTo(10);
        assertThat(provider.isUsable()).isTrue();
    }

    @Test
    void supportsEveryPemPrivateKeyEncodingAsCommittedOrPastedWithLiteralNewlines() {
        for (String pem : new String[] {TestKeys.RSA_PKCS8, TestKeys.RSA_PKCS1, TestKeys.RSA_PKCS8_ENCRYPTED,
                TestKeys.RSA_PKCS1_LEGACY_ENCRYPTED, TestKeys.EC_PKCS8}) {
            assertThat(provider.supports(SignerSpec.of(pem))).isTrue();
            assertThat(provider.supports(SignerSpec.of(pem.strip().replace("\n", "\\n")))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "",
            "pkcs11:token=bitget;object=api-key", "-----BEGIN PUBLIC KEY-----"})
    void leavesHmacSecretsAndPkcs11UrisAlone(String secret) {
        assertThat(provider.supports(SignerSpec.of(secret))).isFalse();
    }

    @Test
    void toStringOfProviderAndSignerNeverShowsTheKey() {
        try (Signer signer = provider.create(SignerSpec.of(TestKeys.RSA_PKCS8))) {
            assertThat(signer.toString()).contains("SHA256withRSA", "2048-bit", "provider=SunRsaSign");
            NoLeaks.assertRevealsNothingOf(new AssertionError(signer.toString()), TestKeys.RSA_PKCS8);
        }
        assertThat(provider.toString()).contains("rsa").doesNotContain("PRIVATE");
    }

    @Test
    void closedSignerRefusesToSign() {
        Signer signer = provider.create(SignerSpec.of(TestKeys.RSA_PKCS1));
        signer.close();
        assertThat(catchThrowableOfType(SignerException.class, () -> signer.sign(new byte[] {1})))
                .hasMessageContaining("closed");
    }

    // ---- every way a key can be wrong gives a SignerException that says what, and shows nothing of the key

    @Test
    void refusesTextThatIsNotAPemKeyAtAll() {
        String secret = "my RSA PRIVATE KEY is MIIEvQIBADANBgkqhkiG9w0BAQEFAASC";
        assertThat(failure(secret, null)).hasMessageContaining("not a PEM private key")
                .hasMessageContaining("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void refusesAKeyCutOffBeforeItsEndLine() {
        String truncated = TestKeys.RSA_PKCS8.substring(0, TestKeys.RSA_PKCS8.length() / 2);
        assertThat(failure(truncated, null)).hasMessageContaining("truncated")
                .hasMessageContaining("-----END PRIVATE KEY-----");
    }

    @Test
    void refusesAKeyWhoseBase64HasCharactersThatBase64DoesNotUse() {
        String corrupted = replaceInBody(TestKeys.RSA_PKCS8, 100, '*');
        assertThat(failure(corrupted, null)).hasMessageContaining("corrupted").hasMessageContaining("base64");
    }

    @Test
    void refusesAKeyWhoseBase64LostACharacter() {
        String body = TestKeys.base64Body(TestKeys.RSA_PKCS1);
        String shortened = TestKeys.RSA_PKCS1.replace(body.substring(0, 64), body.substring(0, 63));
        assertThat(failure(shortened, null)).hasMessageContaining("truncated or corrupted")
                .hasMessageContaining("multiple of 4");
    }

    @Test
    void refusesAKeyWhoseBase64LostWholeLines() {
        String[] lines = TestKeys.RSA_PKCS8.split("\n");
        String withoutTwoLines = TestKeys.RSA_PKCS8.replace(lines[5] + "\n" + lines[6] + "\n", "");
        assertThat(failure(withoutTwoLines, null)).hasMessageContaining("corrupted or truncated");
    }

    @Test
    void refusesAKeyWhoseBase64DecodesToGarbage() {
        String garbage = TestKeys.pem("PRIVATE KEY", "this is not DER at all, just text".getBytes(US_ASCII));
        assertThat(failure(garbage, null)).hasMessageContaining("corrupted or truncated");
    }

    @Test
    void refusesAnEncryptedPkcs8KeyWithoutPassword() {
        assertThat(failure(TestKeys.RSA_PKCS8_ENCRYPTED, null)).hasMessageContaining("encrypted")
                .hasMessageContaining("no key password");
        assertThat(failure(TestKeys.RSA_PKCS8_ENCRYPTED, "")).hasMessageContaining("no key password");
    }

    @Test
    void refusesAnOpensslEncryptedPkcs1KeyWithoutPassword() {
        assertThat(failure(TestKeys.RSA_PKCS1_LEGACY_ENCRYPTED, null)).hasMessageContaining("Proc-Type: 4,ENCRYPTED")
                .hasMessageContaining("no key password");
    }

    @Test
    void refusesAnEncryptedKeyWithAWrongPasswordWithoutShowingThePassword() {
        String wrong = "wrong-password-42";
        for (String pem : new String[] {TestKeys.RSA_PKCS8_ENCRYPTED, TestKeys.RSA_PKCS1_LEGACY_ENCRYPTED}) {
            SignerException e = failure(pem, wrong);
            assertThat(e).hasMessageContaining("password is wrong");
            NoLeaks.assertRevealsNothingOf(e, pem, wrong, TestKeys.KEY_PASSWORD);
        }
    }

    @Test
    void refusesAnEcKeyInPkcs8AndInSec1Form() {
        assertThat(failure(TestKeys.EC_PKCS8, null)).hasMessageContaining("not an RSA key (its algorithm is EC)")
                .hasMessageContaining("2048 bits");
        assertThat(failure(TestKeys.EC_SEC1, null)).hasMessageContaining("not an RSA key (its algorithm is EC)");
    }

    @Test
    void refusesAnEd25519Key() {
        assertThat(failure(TestKeys.ED25519, null)).hasMessageContaining("not an RSA key (its algorithm is Ed25519)");
    }

    @Test
    void refusesAnRsaKeyOfFewerThan2048BitsAndSaysBitgetWantsMore() {
        assertThat(failure(TestKeys.RSA_1024, null)).hasMessageContaining("1024 bits")
                .hasMessageContaining("at least 2048 bits");
    }

    @Test
    void refusesAnOpenSshKeyAndSaysHowToConvertIt() {
        String openSsh = TestKeys.pem("OPENSSH PRIVATE KEY", "openssh-key-v1\0 plus some bytes".getBytes(US_ASCII));
        assertThat(failure(openSsh, null)).hasMessageContaining("OpenSSH").hasMessageContaining("ssh-keygen");
    }

    @Test
    void refusesAPemThatHoldsOnlyAPublicKey() throws Exception {
        RSAPrivateCrtKey key = TestKeys.jdkRsaKey();
        byte[] publicDer = KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())).getEncoded();
        assertThat(failure(TestKeys.pem("PUBLIC KEY", publicDer), null)).hasMessageContaining("holds no private key")
                .hasMessageContaining("PUBLIC KEY");
    }

    @Test
    void refusesAnRsaKeyWhoseNumbersAreDamagedBeforeItCanSignAnything() throws Exception {
        RSAPrivateCrtKey key = TestKeys.jdkRsaKey();
        byte[] damagedDer = KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(key.getModulus(),
                key.getPublicExponent(), key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(),
                key.getPrimeExponentP(), key.getPrimeExponentQ(), key.getCrtCoefficient().add(BigInteger.ONE)))
                .getEncoded();
        String damaged = TestKeys.pem("PRIVATE KEY", damagedDer);
        assertThat(failure(damaged, null)).hasMessageContaining("damaged");
    }

    // Asserts the failure is a SignerException that reveals nothing of the key or password, and returns it.
    private SignerException failure(String secret, @Nullable String password) {
        SignerException e = catchThrowableOfType(SignerException.class,
                () -> provider.create(new SignerSpec(secret, password, Map.of())));
        assertThat(e).as("a SignerException").isNotNull();
        if (password != null && !password.isEmpty()) {
            NoLeaks.assertRevealsNothingOf(e, secret, password);
        } else {
            NoLeaks.assertRevealsNothingOf(e, secret);
        }
        return e;
    }

    private static String replaceInBody(String pem, int index, char replacement) {
        String body = TestKeys.base64Body(pem);
        String line = body.substring(index - index % 64, index - index % 64 + 64);
        char[] chars = line.toCharArray();
        chars[index % 64] = replacement;
        return pem.replace(line, new String(chars));
    }
}
