package io.github.bitget4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.Auth;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.internal.json.BitgetJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestEncoderTest {

    private static final Endpoint<Object> GET = Endpoint.get("/api/v2/x", Auth.PUBLIC, Object.class)
            .withParameters("symbol", "limit", "b", "a");
    private static final Endpoint<Object> POST = Endpoint.post("/api/v2/y", Auth.PRIVATE, Object.class)
            .withParameters("symbol", "price");

    private final RequestEncoder lenient = new RequestEncoder(BitgetJson.gson(), false, true);
    private final RequestEncoder strict = new RequestEncoder(BitgetJson.gson(), true, true);

    record Query(String symbol, Integer limit) {
    }

    @Test
    void sortsQueryKeysInAsciiOrder() {
        var params = new LinkedHashMap<String, Object>();
        params.put("symbol", "BTCUSDT");
        params.put("b", "2");
        params.put("a", "1");
        params.put("limit", 5);
        assertThat(lenient.queryString(GET, params)).isEqualTo("a=1&b=2&limit=5&symbol=BTCUSDT");
    }

    @Test
    void encodesRecordsAndLeavesOutNullComponents() {
        assertThat(lenient.queryString(GET, new Query("BTCUSDT", null))).isEqualTo("symbol=BTCUSDT");
        assertThat(lenient.queryString(GET, null)).isEmpty();
    }

    @Test
    void writesBigDecimalsInPlainNotation() {
        assertThat(lenient.queryString(GET, Map.of("a", new BigDecimal("1E+3")))).isEqualTo("a=1000");
        String body = new String(lenient.body(POST, Map.of("price", new BigDecimal("0.00000001"))), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("{\"price\":\"0.00000001\"}");
    }

    @Test
    void percentEncodesAwkwardValues() {
        assertThat(lenient.queryString(GET, Map.of("a", "x y/,+'!*~()=&ü€😀")))
                .isEqualTo("a=x%20y%2F%2C%2B%27%21%2A~%28%29%3D%26%C3%BC%E2%82%AC%F0%9F%98%80");
    }

    @Test
    void sendsPreEncodedValuesVerbatimWhenEncodingIsOff() {
        var raw = new RequestEncoder(BitgetJson.gson(), false, false);
        assertThat(raw.queryString(GET, Map.of("a", "x%20y"))).isEqualTo("a=x%20y");
        assertThatThrownBy(() -> raw.queryString(GET, Map.of("a", "x y")))
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("'a'");
    }

    @Test
    void bodyOfNoParametersIsEmpty() {
        assertThat(lenient.body(POST, null)).isEmpty();
        assertThat(lenient.body(POST, Map.of())).isEmpty();
    }

    @Test
    void bodyIsNotHtmlEscaped() {
        String body = new String(lenient.body(POST, Map.of("symbol", "<a&b='c'>ü")), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("{\"symbol\":\"<a&b='c'>ü\"}");
    }

    @Test
    void listBodiesBecomeJsonArrays() {
        String body = new String(lenient.body(POST, List.of(Map.of("symbol", "BTCUSDT"))), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("[{\"symbol\":\"BTCUSDT\"}]");
    }

    @Test
    void strictValidationRefusesNullValuesNamingTheParameter() {
        var params = new HashMap<String, Object>();
        params.put("symbol", null);
        assertThatThrownBy(() -> strict.queryString(GET, params))
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("'symbol' is null");
        assertThat(lenient.queryString(GET, params)).isEmpty();
    }

    @Test
    void strictValidationRefusesUndeclaredParametersNamingThem() {
        assertThatThrownBy(() -> strict.body(POST, Map.of("symbol", "BTCUSDT", "pirce", "1")))
                .isInstanceOf(BitgetValidationException.class)
                .hasMessageContaining("'pirce'")
                .hasMessageContaining("[price, symbol]");
        assertThat(new String(lenient.body(POST, Map.of("pirce", "1")), StandardCharsets.UTF_8)).isEqualTo("{\"pirce\":\"1\"}");
    }

    @Test
    void refusesNestedValuesInAQuery() {
        assertThatThrownBy(() -> lenient.queryString(GET, Map.of("a", List.of(1, 2))))
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("'a'");
    }
}
