package io.github.bitget4j.benchmarks.jmh;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.benchmarks.CannedTransport;
import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.SpotOpenOrder;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Everything the SDK does for a signed call before bytes reach the network: serialise the parameters (a
 * 6-parameter query, a 10-field JSON body), build the prehash, sign, assemble the headers. The in-memory
 * transport answers with the smallest success envelope, so its decoding (a few hundred ns) is included.
 */
@State(Scope.Thread)
public class RequestPreparationBenchmark {

    private static final byte[] EMPTY_SUCCESS =
            "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1763900000000,\"data\":null}"
                    .getBytes(StandardCharsets.UTF_8);

    private RestClientV2 client;
    private SpotOpenOrdersRequest query;
    private SpotOrderRequest order;

    @Setup
    public void setUp() {
        client = new RestClientV2(Fixtures.hmacOptions("http://127.0.0.1:9")
                .httpTransport(new CannedTransport(EMPTY_SUCCESS)).build());
        query = Fixtures.openOrdersQuery();
        order = Fixtures.placeOrder();
    }

    @TearDown
    public void tearDown() {
        client.close();
    }

    @Benchmark
    public ApiResponse<List<SpotOpenOrder>> signedGetWith6Parameters() {
        return client.getSpotOpenOrders(query);
    }

    @Benchmark
    public ApiResponse<OrderIds> signedPostWith10Fields() {
        return client.spotSubmitOrder(order);
    }
}
