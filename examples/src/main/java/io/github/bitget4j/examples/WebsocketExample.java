package io.github.bitget4j.examples;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.WebsocketApiClient;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.WsOrderOutcomeUnknownException;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import io.github.bitget4j.ws.OrderBookView;
import io.github.bitget4j.ws.TopOfBook;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import io.github.bitget4j.ws.WsTopicV3;
import io.github.bitget4j.ws.v3.ChannelsV3;
import io.github.bitget4j.ws.v3.WsInstTypeV3;
import io.github.bitget4j.ws.v3.WsOrderV3;
import io.github.bitget4j.ws.v3.WsTickerV3;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * WebSockets against a local testkit server with a generated key: streams the BTCUSDT ticker and a locally
 * maintained (checksum-verified) order book, places and cancels an order over the WebSocket API and prints the
 * order's own update stream. Run with
 * {@code ./mvnw -q -DskipTests -Dexample -DexampleMain=io.github.bitget4j.examples.WebsocketExample package}.
 */
public final class WebsocketExample {

    private WebsocketExample() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (TestkitServer server = TestkitServer.start()) {
            TestCredentials key = server.createHmacKey();
            System.out.printf("Testkit server at %s (WebSocket %s) with a generated HMAC key%n", server.baseUrl(),
                    server.wsBaseUrl());
            ClientOptions options = ClientOptions.builder()
                    .baseUrl(server.baseUrl())
                    .wsUrl(server.wsBaseUrl())        // Bitget's own hosts when not set
                    .apiKey(key.apiKey()).apiSecret(key.apiSecret()).apiPass(key.apiPass())
                    .build();
            WsListener listener = new WsListener() {
                @Override
                public void onAuthenticated(WsKey socket) {
                    System.out.println("[" + socket + "] logged in");
                }

                @Override
                public void onReconnected(WsKey socket, int attempts) {
                    System.out.println("[" + socket + "] reconnected after " + attempts + " attempt(s)");
                }

                @Override
                public void onException(WsKey socket, Throwable error) {
                    System.out.println("[" + socket + "] " + error.getMessage());
                }
            };
            try (var ws = new WebsocketClientV3(options, listener); var api = new WebsocketApiClient(ws)) {
                streamTickerAndBook(server, ws);
                orderOverTheSocket(ws, api);
            }
        } catch (BitgetException e) {
            System.err.println("Failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void streamTickerAndBook(TestkitServer server, WebsocketClientV3 ws) throws InterruptedException {
        System.out.println("\n== Ticker and order book (V3 public socket) ==");
        var tickers = new CountDownLatch(3);
        ws.subscribe(ChannelsV3.ticker(WsInstTypeV3.SPOT, "BTCUSDT"), push -> {
            for (WsTickerV3 t : push.data()) {
                System.out.printf("ticker %s last %s bid %s ask %s%n", t.symbol(), t.lastPrice(), t.bid1Price(),
                        t.ask1Price());
                tickers.countDown();
            }
        });
        OrderBookView book = ws.orderBook(WsTopicV3.of("spot", "books", "BTCUSDT"));
        waitFor(book::isReady);
        System.out.println("book snapshot: " + describe(book.topOfBook()));
        server.pushTicker("BTCUSDT");
        server.pushTicker("BTCUSDT");
        tickers.await(5, TimeUnit.SECONDS);
        for (int round = 1; round <= 3; round++) {
            server.pushBookUpdates("BTCUSDT", 500); // the testkit's market moves; every update is checksummed
            Thread.sleep(100);
            System.out.printf("after %,d book updates: %s (checksum mismatches: %d)%n", round * 500,
                    describe(book.topOfBook()), book.checksumMismatches());
        }
    }

    private static void orderOverTheSocket(WebsocketClientV3 ws, WebsocketApiClient api) throws InterruptedException {
        System.out.println("\n== An order over the WebSocket API (V3 private socket) ==");
        var done = new CountDownLatch(1);
        ws.subscribe(ChannelsV3.order(), push -> {
            for (WsOrderV3 o : push.data()) {
                System.out.printf("order update: %s %s %s %s @ %s, status %s%n", o.orderId(), o.side(), o.qty(),
                        o.symbol(), o.price(), o.orderStatus());
                if ("cancelled".equals(o.orderStatus())) {
                    done.countDown();
                }
            }
        });
        BigDecimal price = ws.orderBook(WsTopicV3.of("spot", "books", "BTCUSDT")).topOfBook().bestBid().price()
                .multiply(new BigDecimal("0.95")).setScale(1, RoundingMode.DOWN);
        var order = PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT").side(Side.BUY)
                .orderType(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(price).qty(new BigDecimal("0.001"))
                .build();
        try {
            OrderIds placed = api.submitNewOrder(order, Duration.ofSeconds(5));
            System.out.printf("placed over the socket: orderId %s, clientOid %s%n", placed.orderId(), placed.clientOid());
            OrderIds cancelled = api.cancelOrder(CancelOrderRequest.byOrderId(placed.orderId()));
            System.out.println("cancelled over the socket: orderId " + cancelled.orderId());
        } catch (WsOrderOutcomeUnknownException e) {
            // written but unanswered: the order may be live, look it up before sending it again
            System.out.println("outcome unknown, look up clientOid " + e.clientOid());
        }
        done.await(5, TimeUnit.SECONDS);
    }

    private static String describe(TopOfBook top) {
        return "best bid " + (top.bestBid() == null ? "-" : top.bestBid().price() + " x " + top.bestBid().size())
                + ", best ask " + (top.bestAsk() == null ? "-" : top.bestAsk().price() + " x " + top.bestAsk().size());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
