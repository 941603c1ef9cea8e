package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.testkit.RecordedRequest;
import io.github.bitget4j.testplugins.UppercaseTestSignerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plugins found through ServiceLoader: the real hmac and rsa signers and jetty transport, plus test-only
 * plugins from src/test/resources/META-INF/services (one of which fails to load on purpose).
 */
class PluginResolutionTest extends TestkitFixture {

    private static final String SECRET = UppercaseTestSignerProvider.PREFIX + "shared-secret";
    private static final String PASS = "plugin-pass";

    @AfterEach
    void clearProperties() {
        System.clearProperty("bitget4j.signer");
    }

    @Test
    void theFittingPluginWithTheHighestPriorityIsChosenAndABrokenPluginDoesNotStopIt() {
        server.registerHmacKey("bg_plugin_auto", SECRET, PASS, false);
        try (var client = new RestClientV3(publicOptions().apiKey("bg_plugin_auto").apiSecret(SECRET).apiPass(PASS).build())) {
            // test-upper (priority 50) supports this secret, and so does hmac (priority 0): test-upper wins,
            // so the server, which checks HMAC, refuses the signature
            assertThatThrownBy(client::getBalances).hasMessageContaining("40009");
        }
        RecordedRequest request = server.requests().get(0);
        String prehash = request.header("ACCESS-TIMESTAMP") + request.method() + request.pathAndQuery();
        assertThat(request.header("ACCESS-SIGN")).isEqualTo(UppercaseTestSignerProvider.expected(prehash));
    }

    @Test
    void anExplicitChoiceInTheOptionsOverridesPriority() {
        server.registerHmacKey("bg_plugin_explicit", SECRET, PASS, false);
        try (var client = new RestClientV3(publicOptions().apiKey("bg_plugin_explicit").apiSecret(SECRET).apiPass(PASS)
                .signerProvider("hmac").build())) {
            assertThat(client.getBalances().code()).isEqualTo("00000");
        }
    }

    @Test
    void aSystemPropertyChoosesThePluginWhenTheOptionsDoNot() {
        server.registerHmacKey("bg_plugin_property", SECRET, PASS, false);
        System.setProperty("bitget4j.signer", "hmac");
        try (var client = new RestClientV3(publicOptions().apiKey("bg_plugin_property").apiSecret(SECRET).apiPass(PASS).build())) {
            assertThat(client.getBalances().code()).isEqualTo("00000");
        }
    }

    @Test
    void whenNoPluginFitsTheErrorListsEveryCandidateAndWhyItWasSkipped() {
        assertThatThrownBy(() -> new RestClientV3(publicOptions().apiKey("k").apiSecret("s").apiPass("p")
                .signerProvider("pkcs11-that-is-not-installed").build()))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("asked for \"pkcs11-that-is-not-installed\"")
                .hasMessageContaining("hmac")
                .hasMessageContaining("rsa")
                .hasMessageContaining("test-upper")
                .hasMessageContaining("failed to load")
                .hasMessageContaining("BrokenTestSignerProvider");
    }

    @Test
    void aPluginThatDoesNotSupportTheSecretIsSkippedWithItsReason() {
        assertThatThrownBy(() -> new RestClientV3(publicOptions().apiKey("k").apiSecret("plain-hmac-secret").apiPass("p")
                .signerProvider("rsa").build()))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("rsa")
                .hasMessageContaining("does not support this kind of apiSecret");
    }

    @Test
    void theHttpTransportIsResolvedTheSameWay() {
        try (var client = new RestClientV3(publicOptions().httpTransportProvider("jetty").build())) {
            assertThat(client.fetchServerTime()).isPositive();
        }
        assertThatThrownBy(() -> new RestClientV3(publicOptions().httpTransportProvider("okhttp").build()))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("HttpTransportProvider")
                .hasMessageContaining("jetty");
    }
}
