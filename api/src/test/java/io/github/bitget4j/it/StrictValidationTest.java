package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import io.github.bitget4j.Auth;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.testkit.TestCredentials;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictValidationTest extends TestkitFixture {

    private static final Endpoint<JsonElement> TICKERS =
            Endpoint.get("/api/v2/spot/market/tickers", Auth.OPTIONAL, JsonElement.class).withParameters("symbol");

    @Test
    void anUndeclaredParameterIsRefusedBeforeSendingNamingIt() {
        try (var client = new RestClientV2(publicOptions().strictParamValidation(true).build())) {
            assertThatThrownBy(() -> client.call(TICKERS, Map.of("symbol", "BTCUSDT", "symbl", "x")))
                    .isInstanceOf(BitgetValidationException.class)
                    .hasMessageContaining("'symbl'")
                    .hasMessageContaining("[symbol]");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aNullValueIsRefusedBeforeSendingNamingIt() {
        var params = new HashMap<String, Object>();
        params.put("symbol", null);
        try (var client = new RestClientV2(publicOptions().strictParamValidation(true).build())) {
            assertThatThrownBy(() -> client.call(TICKERS, params))
                    .isInstanceOf(BitgetValidationException.class).hasMessageContaining("'symbol' is null");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void withoutStrictValidationNullsAreLeftOutAndTheCallGoesThrough() {
        var params = new HashMap<String, Object>();
        params.put("symbol", null);
        try (var client = new RestClientV2(publicOptions().build())) {
            assertThat(client.call(TICKERS, params).data().getAsJsonArray()).hasSizeGreaterThan(1);
        }
        assertThat(server.requests().get(0).rawQuery()).isEmpty();
    }

    @Test
    void typedRequestsCheckRequiredParametersBeforeSending() {
        assertThatThrownBy(() -> SpotOrderRequest.builder().side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).size(java.math.BigDecimal.ONE).build())
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("symbol");
    }

    @Test
    void typedEndpointsDeclareTheirParametersFromTheRequestRecord() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).strictParamValidation(true).build())) {
            Endpoint<JsonElement> placeOrder = Endpoint.post("/api/v2/spot/trade/place-order", Auth.PRIVATE, JsonElement.class)
                    .withParameters(SpotOrderRequest.class);
            assertThatThrownBy(() -> client.call(placeOrder, Map.of("symbol", "BTCUSDT", "quantity", "1")))
                    .isInstanceOf(BitgetValidationException.class)
                    .hasMessageContaining("'quantity'")
                    .hasMessageContaining("size");
        }
        assertThat(server.requests()).isEmpty();
    }
}
