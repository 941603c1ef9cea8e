package io.github.bitget4j.benchmarks.load;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.benchmarks.CannedTransport;
import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.spi.HttpRequest;
import java.util.List;
import java.util.Objects;

/** The SDK as a user runs it: one {@link RestClientV2}, default transport (Jetty on virtual threads). */
final class SdkCalls implements InJvmPhase.Call, AutoCloseable {

    private final RestClientV2 client;
    private final SpotOpenOrdersRequest query = Fixtures.openOrdersQuery();
    private final SpotOrderRequest order = Fixtures.placeOrder();

    SdkCalls(ClientOptions options) {
        this.client = new RestClientV2(options);
    }

    @Override
    public void run(long n) {
        // a failed call throws; a success must also carry what the server sent
        if (n % 2 == 0) {
            Objects.requireNonNull(client.getSpotOpenOrders(query).data(), "no open orders decoded");
        } else {
            Objects.requireNonNull(client.spotSubmitOrder(order).data(), "no order id decoded");
        }
    }

    /** The exact GET and POST the SDK sends to {@code baseUrl}, signed once, taken from an in-memory transport. */
    static List<HttpRequest> capture(String baseUrl) {
        var transport = new CannedTransport(Fixtures.openOrdersResponse());
        try (var capturing = new RestClientV2(Fixtures.hmacOptions(baseUrl).httpTransport(transport).build())) {
            capturing.getSpotOpenOrders(Fixtures.openOrdersQuery());
            HttpRequest get = Objects.requireNonNull(transport.lastRequest());
            var postTransport = new CannedTransport(Fixtures.placeOrderResponse());
            try (var posting = new RestClientV2(Fixtures.hmacOptions(baseUrl).httpTransport(postTransport).build())) {
                posting.spotSubmitOrder(Fixtures.placeOrder());
            }
            return List.of(get, Objects.requireNonNull(postTransport.lastRequest()));
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
