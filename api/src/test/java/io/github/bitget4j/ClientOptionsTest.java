package io.github.bitget4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.spi.ProxySettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

    private static final String SECRET = "s3cr3t-hmac-value-0123456789";
    private static final String PASS = "my-passphrase-42";
    private static final String KEY = "bg_0123456789abcdef";

    @Test
    void defaultsAreTheDocumentedOnes() {
        ClientOptions o = ClientOptions.defaults();
        assertThat(o.baseUrl()).isEqualTo("https://api.bitget.com");
        assertThat(o.demoTrading()).isFalse();
        assertThat(o.strictParamValidation()).isFalse();
        assertThat(o.encodeQueryStringValues()).isTrue();
        assertThat(o.parseExceptions()).isTrue();
        assertThat(o.keepAlive()).isTrue();
        assertThat(o.keepAliveMsecs()).isEqualTo(30_000);
        assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.maxConnections()).isEqualTo(64);
        assertThat(o.maxQueuedRequests()).isEqualTo(65_536);
        assertThat(o.channelApiCode()).isNull();
        assertThat(o.hasCredentials()).isFalse();
    }

    @Test
    void toStringNeverShowsSecretPassphraseOrPasswords() {
        ClientOptions o = ClientOptions.builder().apiKey(KEY).apiSecret(SECRET).apiPass(PASS)
                .keyPassword("pem-password-1").proxy(new ProxySettings(ProxySettings.Type.HTTP, "proxy", 3128, "u", "proxy-pw-9"))
                .customSignMessageFn((m, s) -> "x").build();
        String text = o.toString() + o.toBuilder().toString();
        assertThat(text).doesNotContain(SECRET, PASS, "pem-password-1", "proxy-pw-9", KEY)
                .contains("<redacted>").contains("bg_0");
    }

    @Test
    void toBuilderCopiesEverySettingAndLeavesTheOriginalAlone() {
        ClientOptions original = ClientOptions.builder().apiKey(KEY).apiSecret(SECRET).apiPass(PASS).demoTrading(true)
                .baseUrl("http://127.0.0.1:1/").strictParamValidation(true).encodeQueryStringValues(false)
                .parseExceptions(false).keepAlive(false).keepAliveMsecs(5).channelApiCode("c1").trace(true).build();
        ClientOptions copy = original.toBuilder().demoTrading(false).build();
        assertThat(copy.toString()).isEqualTo(original.toString().replace("demoTrading=true", "demoTrading=false"));
        assertThat(original.demoTrading()).isTrue();
        assertThat(copy.baseUrl()).isEqualTo("http://127.0.0.1:1");
    }

    @Test
    void refusesNonsenseSettingsAtOnce() {
        assertThatThrownBy(() -> ClientOptions.builder().baseUrl("api.bitget.com"))
                .isInstanceOf(io.github.bitget4j.errors.BitgetConfigurationException.class);
        assertThatThrownBy(() -> ClientOptions.builder().requestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientOptions.builder().maxConnections(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankCredentialsCountAsMissing() {
        ClientOptions o = ClientOptions.builder().apiKey(" ").apiSecret(SECRET).apiPass(PASS).build();
        assertThat(o.apiKey()).isNull();
        assertThat(o.hasCredentials()).isFalse();
    }
}
