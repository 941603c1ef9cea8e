package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One RSA key in three encodings; the server holds only its public half. */
class RsaKeyFormatsTest extends TestkitFixture {

    private static final String API_KEY = "bg_rsa_formats";
    private static final String PASS = "rsa-pass";

    @BeforeAll
    static void registerPublicKey() {
        server.registerRsaPublicKey(API_KEY, testRsaPublicKey(), PASS, false);
    }

    private static ClientOptions.Builder options(String pem) {
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(API_KEY).apiSecret(pem).apiPass(PASS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"keys/rsa2048-pkcs8.pem", "keys/rsa2048-pkcs1.pem", "keys/rsa2048-pkcs8-encrypted.pem"})
    void everyEncodingSignsRequestsTheServerAccepts(String file) {
        String password = resource("keys/key-password.txt").strip();
        try (var client = new RestClientV3(options(resource(file)).keyPassword(password).build())) {
            assertThat(client.getBalances().data().assets()).isNotEmpty();
            assertThat(client.getAccountInfo().code()).isEqualTo("00000");
        }
    }

    @Test
    void anEncryptedKeyWithoutItsPasswordFailsAtConstructionSayingSo() {
        assertThatThrownBy(() -> new RestClientV3(options(resource("keys/rsa2048-pkcs8-encrypted.pem")).build()))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("rsa")
                .hasMessageContaining("password");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aMalformedPemFailsAtConstructionWithAClearMessageAndNothingIsSent() {
        String pem = resource("keys/rsa2048-pkcs8.pem");
        String truncated = pem.substring(0, pem.length() / 2) + "\n-----END PRIVATE KEY-----\n";
        assertThatThrownBy(() -> new RestClientV3(options(truncated).build()))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("apiSecret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(pem.lines().skip(2).findFirst().orElseThrow()));
        assertThatThrownBy(() -> new RestClientV3(options("-----BEGIN PRIVATE KEY-----\nnot base64 at all\n-----END PRIVATE KEY-----").build()))
                .isInstanceOf(BitgetConfigurationException.class);
        assertThat(server.requests()).isEmpty();
    }
}
