package io.github.bitget4j.benchmarks.jmh;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.benchmarks.CannedTransport;
import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotTicker;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Response bytes to typed records through the SDK's whole response path (an in-memory transport hands it the
 * bytes), against parsing the same bytes into a Gson {@link JsonElement} tree, the least any Java client does.
 */
@State(Scope.Thread)
public class DecodingBenchmark {

    private byte[] tickers;
    private byte[] history;
    private RestClientV2 tickersClient;
    private RestClientV2 historyClient;

    @Setup
    public void setUp() {
        tickers = Fixtures.tickersResponse(500);
        history = Fixtures.orderHistoryResponse(50);
        // no credentials: tickers are public market data, so the call is not signed
        tickersClient = new RestClientV2(ClientOptions.builder().baseUrl("http://127.0.0.1:9").rateLimiting(false)
                .httpTransport(new CannedTransport(tickers)).build());
        // the history is private: its call is signed (about 1 us of the total)
        historyClient = new RestClientV2(Fixtures.hmacOptions("http://127.0.0.1:9")
                .httpTransport(new CannedTransport(history)).build());
    }

    @TearDown
    public void tearDown() {
        tickersClient.close();
        historyClient.close();
    }

    @Benchmark
    public ApiResponse<List<SpotTicker>> sdkTypedTickers500() {
        return tickersClient.getSpotTicker();
    }

    @Benchmark
    public JsonElement gsonTreeTickers500() {
        return parse(tickers);
    }

    @Benchmark
    public ApiResponse<List<SpotOrderInfo>> sdkTypedOrderHistory50() {
        return historyClient.call(Fixtures.HISTORY_ORDERS, null);
    }

    @Benchmark
    public JsonElement gsonTreeOrderHistory50() {
        return parse(history);
    }

    private static JsonElement parse(byte[] body) {
        return JsonParser.parseReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
}
