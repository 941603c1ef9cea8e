package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.MissingCredentialsException;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import io.github.bitget4j.testkit.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest extends TestkitFixture {

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"apiKey", "apiSecret", "apiPass"})
    void aPrivateCallWithoutCompleteCredentialsFailsBeforeSendingAndNamesWhatIsMissing(String missing) {
        TestCredentials key = server.createHmacKey();
        ClientOptions.Builder options = optionsFor(key);
        switch (missing) {
            case "apiKey" -> options.apiKey(null);
            case "apiSecret" -> options.apiSecret(null);
            default -> options.apiPass(null);
        }
        try (var client = new RestClientV3(options.build())) {
            assertThatThrownBy(client::getBalances)
                    .isInstanceOf(MissingCredentialsException.class)
                    .hasMessageContaining(missing)
                    .hasMessageContaining("Nothing was sent");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void noCredentialsAtAllNamesAllThree() {
        try (var client = new RestClientV2(publicOptions().build())) {
            assertThatThrownBy(client::getSpotAccountAssets)
                    .hasMessageContaining("apiKey, apiSecret, apiPass are not set");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void optionalAuthEndpointsAreSignedWithCredentialsAndServedWithout() {
        TestCredentials key = server.createHmacKey();
        try (var anonymous = new RestClientV2(publicOptions().build());
                var signed = new RestClientV2(optionsFor(key).build())) {
            assertThat(anonymous.getSpotTicker(SpotTickerRequest.of("BTCUSDT")).data()).hasSize(1);
            assertThat(signed.getSpotTicker(SpotTickerRequest.of("BTCUSDT")).data()).hasSize(1);
        }
        assertThat(server.requests().get(0).header("ACCESS-KEY")).isNull();
        assertThat(server.requests().get(0).header("ACCESS-SIGN")).isNull();
        assertThat(server.requests().get(1).header("ACCESS-KEY")).isEqualTo(key.apiKey());
        assertThat(server.requests().get(1).header("ACCESS-SIGN")).isNotBlank();
    }

    @Test
    void publicEndpointsAreNeverSignedEvenWithCredentials() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV3(optionsFor(key).build())) {
            client.fetchServerTime();
        }
        assertThat(server.requests().get(0).header("ACCESS-SIGN")).isNull();
        assertThat(server.requests().get(0).header("ACCESS-PASSPHRASE")).isNull();
    }
}
