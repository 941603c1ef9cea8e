package com.example.consumer;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotCancelOrderRequest;
import io.github.bitget4j.model.v2.SpotOrderInfoRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.math.BigDecimal;

/**
 * Places a limit order on a local testkit server and cancels it, with the signer and the transport found as plugins.
 * The argument says how it is meant to run ({@code module-path} or {@code class-path}); it fails when it runs
 * otherwise, or when the order does not end cancelled.
 */
public final class PlaceAndCancel {

    private PlaceAndCancel() {
    }

    public static void main(String[] args) {
        boolean named = PlaceAndCancel.class.getModule().isNamed();
        boolean wantNamed = args[0].equals("module-path");
        if (named != wantNamed || RestClientV2.class.getModule().isNamed() != wantNamed) {
            throw new IllegalStateException("meant to run on the " + args[0] + ", but this module is "
                    + PlaceAndCancel.class.getModule() + " and the SDK's is " + RestClientV2.class.getModule());
        }
        try (TestkitServer server = TestkitServer.start()) {
            TestCredentials key = server.createHmacKey();
            ClientOptions options = ClientOptions.builder().baseUrl(server.baseUrl())
                    .apiKey(key.apiKey()).apiSecret(key.apiSecret()).apiPass(key.apiPass()).build();
            try (RestClientV2 client = new RestClientV2(options)) {
                BigDecimal price = client.getSpotTicker(io.github.bitget4j.model.v2.SpotTickerRequest.of("BTCUSDT"))
                        .data().getFirst().lastPr().multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.DOWN);
                String orderId = client.spotSubmitOrder(SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                        .orderType(OrderType.LIMIT).force(TimeInForce.GTC).price(price).size(new BigDecimal("0.001"))
                        .build()).data().orderId();
                client.spotCancelOrder(SpotCancelOrderRequest.byOrderId("BTCUSDT", orderId));
                String status = client.getSpotOrder(SpotOrderInfoRequest.byOrderId(orderId)).data().getFirst().status();
                if (!status.equals("cancelled")) {
                    throw new IllegalStateException("order " + orderId + " is " + status + " after cancelling");
                }
                System.out.println("consumer on the " + args[0] + " (" + PlaceAndCancel.class.getModule()
                        + "): placed and cancelled order " + orderId + " at " + price);
            }
        }
    }
}
