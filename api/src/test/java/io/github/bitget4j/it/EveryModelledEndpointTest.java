package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.BitgetRestClient;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import java.math.BigDecimal;
import io.github.bitget4j.testkit.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the model, through its typed method on {@link RestClientV2} or {@link RestClientV3}, against the
 * testkit, signed (the testkit verifies every signature) and decoded in strict mode (a field the model does not
 * know, or a missing non-null one, fails the call). The list comes from the model itself (the testkit's copy), so a
 * new model entry is tested without touching this class.
 */
class EveryModelledEndpointTest extends TestkitFixture {

    /**
     * Endpoints where the small generic request meets a business rule of the simulated exchange, with the code the
     * testkit (like Bitget) answers; their successful answers are covered by the flow tests.
     */
    private static final Map<String, String> EXPECTED_REFUSALS = Map.of();

    /** Calls that act on an open position: one is opened before each. */
    private static final Set<String> NEEDS_A_POSITION =
            Set.of("futuresFlashClosePositions", "futuresSubmitTPSLOrder", "futuresSubmitPositionTPSL");
    private static final Pattern MISSING = Pattern.compile("Parameter (\\S+) cannot be empty");

    /** Far below the testkit's market makers: a buy there rests. */
    private static final BigDecimal RESTING_BUY = new BigDecimal("50000");

    private static RestClientV2 v2;
    private static RestClientV3 v3;

    record Row(String name, String version, String method, String path, String auth) {
        @Override
        public String toString() {
            return version + " " + name + " (" + method + " " + path + ")";
        }
    }

    @BeforeAll
    static void clients() {
        var key = server.createHmacKey();
        v2 = new RestClientV2(optionsFor(key).strictResponses(true).build());
        v3 = new RestClientV3(optionsFor(key).strictResponses(true).build());
    }

    @AfterAll
    static void closeClients() {
        v2.close();
        v3.close();
    }

    static Stream<Row> modelledEndpoints() throws IOException {
        return rows().stream();
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = EveryModelledEndpointTest.class.getResourceAsStream(
                "/io/github/bitget4j/testkit/model/endpoints.json")) {
            JsonObject model = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            var rows = new ArrayList<Row>();
            for (JsonElement e : model.getAsJsonArray("endpoints")) {
                JsonObject o = e.getAsJsonObject();
                rows.add(new Row(o.get("name").getAsString(), o.get("version").getAsString(), o.get("method").getAsString(),
                        o.get("path").getAsString(), o.get("auth").getAsString()));
            }
            assertThat(rows).as("every endpoint of Bitget's table").hasSize(514);
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelledEndpoints")
    void answersTheTypedCallAndDecodesStrictly(Row row) throws Exception {
        BitgetRestClient client = row.version().equals("v2") ? v2 : v3;
        Method method = typedMethod(client, row.name());
        if (NEEDS_A_POSITION.contains(row.name())) {
            FuturesState.openLong(v2);
        }
        var given = new HashMap<String, Object>(FuturesState.idsFor(v2, row.name(), row.path()));
        if (row.version().equals("v2")) {
            given.putAll(SpotState.idsFor(v2, row.name()));
        }
        Object result = null;
        for (int attempt = 0; result == null; attempt++) {
            Object[] args = method.getParameterCount() == 0 ? new Object[0] : new Object[] {argument(method, given)};
            try {
                result = method.invoke(client, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof BitgetApiException refused && EXPECTED_REFUSALS.containsKey(row.name())) {
                    assertThat(refused.code()).isEqualTo(EXPECTED_REFUSALS.get(row.name()));
                    return;
                }
                String missing = missingParameter(e.getCause());
                if (missing == null || attempt > 3 || given.containsKey(missing)) {
                    throw new AssertionError(row + " failed: " + e.getCause(), e.getCause());
                }
                given.put(missing, ValidRequests.valueFor(method.getParameterTypes()[0], missing)); // as a user reading the error would
            }
        }

        assertThat(((ApiResponse<?>) result).code()).isEqualTo("00000");
        assertThat(((ApiResponse<?>) result).data()).as("decoded data of " + row).isNotNull();
        List<RecordedRequest> sent = sentTo(row);
        assertThat(sent).as("the testkit saw " + row).isNotEmpty();
        assertThat(sent.getLast().method()).isEqualTo(row.method());
        assertThat(sent.getLast().header("ACCESS-SIGN") != null).as("signed: " + row).isEqualTo(!row.auth().equals("public"));
        assertThat(EXPECTED_REFUSALS).as("an endpoint expected to be refused answered").doesNotContainKey(row.name());
    }

    /** What the testkit received for the row: at its path, or at any path its {name} template fits. */
    static List<RecordedRequest> sentTo(Row row) {
        if (!row.path().contains("{")) {
            return server.requests(row.path());
        }
        String regex = java.util.Arrays.stream(row.path().split("\\{[A-Za-z]+}", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[a-z]+"));
        return server.requests().stream().filter(r -> r.path().matches(regex)).toList();
    }

    /** The parameter named by Bitget's "Parameter X cannot be empty" (40019), or null. */
    private static @Nullable String missingParameter(Throwable failure) {
        if (failure instanceof BitgetApiException refused && "40019".equals(refused.code())) {
            Matcher m = MISSING.matcher(String.valueOf(refused.bitgetMessage()));
            return m.find() ? m.group(1) : null;
        }
        return null;
    }

    /** The one typed method of that name: with a request parameter when there are two (the other is the no-argument overload). */
    private static Method typedMethod(Object client, String name) {
        List<Method> candidates = Stream.of(client.getClass().getMethods()).filter(m -> m.getName().equals(name)).toList();
        assertThat(candidates).as("typed method " + name).isNotEmpty();
        return candidates.stream().filter(m -> m.getParameterCount() == 1).findFirst().orElse(candidates.getFirst());
    }

    private static Object argument(Method method, Map<String, Object> given) {
        if (method.getParameterTypes()[0] == List.class) {
            var element = (Class<?>) ((java.lang.reflect.ParameterizedType) method.getGenericParameterTypes()[0])
                    .getActualTypeArguments()[0];
            return List.of(ValidRequests.build(element));
        }
        Class<?> type = method.getParameterTypes()[0];
        var values = new HashMap<String, Object>();
        given.forEach((name, value) -> {
            if (Stream.of(type.getRecordComponents()).anyMatch(c -> c.getName().equals(name))) {
                values.put(name, value);
            }
        });
        if (Stream.of(type.getRecordComponents()).anyMatch(c -> c.getName().equals("orderId")) && !values.containsKey("orderId")) {
            values.put("orderId", restingOrderId(type));
        }
        return ValidRequests.build(type, values);
    }

    /** A fresh order that rests in the book of the request's market, for the calls that name one. */
    private static String restingOrderId(Class<?> requestType) {
        String pkg = requestType.getPackageName();
        if (pkg.endsWith(".futures")) {
            return FuturesState.restingOrderId(v2);
        }
        if (pkg.endsWith(".v2")) {
            return v2.spotSubmitOrder(SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
                    .force(TimeInForce.GTC).price(RESTING_BUY).size(new BigDecimal("0.001")).build()).data().orderId();
        }
        return v3.submitNewOrder(PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT").side(Side.BUY)
                .orderType(OrderType.LIMIT).price(RESTING_BUY).qty(new BigDecimal("0.001")).build()).data().orderId();
    }
}
