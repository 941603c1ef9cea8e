package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.it.EveryModelledEndpointTest.Row;
import io.github.bitget4j.model.v3.MarginMode;
import io.github.bitget4j.testkit.RecordedRequest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code {marginType}} endpoint, crossed and isolated, sends a real path: the reference SDK sends the
 * literal text {@code ${marginType}} for six of them. The typed argument decides the path, and nothing of it
 * leaks into the query or body.
 */
class MarginPathsTest extends TestkitFixture {

    private static RestClientV2 client;

    @BeforeAll
    static void client() {
        client = v2ClientOf(server.createHmacKey());
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    static Stream<Arguments> marginTypeEndpoints() throws Exception {
        List<Row> rows = EveryModelledEndpointTest.rows().stream().filter(r -> r.path().contains("{marginType}")).toList();
        assertThat(rows).as("Bitget's {marginType} endpoints").hasSize(23);
        return rows.stream().flatMap(r -> Stream.of(Arguments.of(r, MarginMode.CROSSED), Arguments.of(r, MarginMode.ISOLATED)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("marginTypeEndpoints")
    void sendsTheMarginTypeInThePathOnly(Row row, MarginMode marginType) throws Exception {
        Method method = Stream.of(RestClientV2.class.getMethods())
                .filter(m -> m.getName().equals(row.name()) && m.getParameterCount() == 1).findFirst().orElseThrow();
        Object request = ValidRequests.build(method.getParameterTypes()[0], Map.of("marginType", marginType, "symbol", "BTCUSDT"));
        server.clearRequests();

        try {
            method.invoke(client, request);
        } catch (java.lang.reflect.InvocationTargetException refusedByTheSimulatedExchange) {
            // the path is what this test is about; the answer is checked by EveryModelledEndpointTest
        }

        List<RecordedRequest> sent = server.requests();
        assertThat(sent).hasSize(1);
        String expected = row.path().replace("{marginType}", marginType.wire());
        assertThat(sent.getFirst().path()).isEqualTo(expected);
        assertThat(sent.getFirst().rawQuery() + sent.getFirst().bodyText()).doesNotContain("\"marginType\":\"" + marginType.wire())
                .doesNotContain("marginType=" + marginType.wire());
        assertThat(sent.getFirst().code()).as("a real path is routed").isNotEqualTo("40404");
    }
}
