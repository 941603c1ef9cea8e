package io.github.bitget4j.examples;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotAsset;
import io.github.bitget4j.model.v2.SpotCancelOrderRequest;
import io.github.bitget4j.model.v2.SpotOrderInfoRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.SpotTicker;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import io.github.bitget4j.model.v3.AccountAsset;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.OrderInfoRequest;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.model.v3.Ticker;
import io.github.bitget4j.model.v3.TickersRequest;
import io.github.bitget4j.model.v3.UtaClosePositionsRequest;
import io.github.bitget4j.model.v3.UtaFill;
import io.github.bitget4j.model.v3.UtaFillsRequest;
import io.github.bitget4j.model.v3.UtaPosition;
import io.github.bitget4j.model.v3.UtaPositionsRequest;
import io.github.bitget4j.model.v3.UtaSetLeverageRequest;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * The README's first command: starts a local testkit server with a generated key (HMAC, or RSA with the
 * argument {@code rsa}), then reads server time, tickers and balances, and places and cancels an order,
 * on the classic (V2) and unified (V3) APIs, and opens and closes a small USDT-M futures position on V3.
 * No internet, no keys of yours.
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        boolean rsa = args.length > 0 && args[0].equalsIgnoreCase("rsa");
        try (TestkitServer server = TestkitServer.start()) {
            TestCredentials key = rsa ? server.createRsaKey() : server.createHmacKey();
            System.out.printf("Testkit server at %s with a generated %s key%n", server.baseUrl(), rsa ? "RSA" : "HMAC");
            ClientOptions options = ClientOptions.builder()
                    .baseUrl(server.baseUrl())
                    .apiKey(key.apiKey())
                    .apiSecret(key.apiSecret())
                    .apiPass(key.apiPass())
                    .build();
            try (var v2 = new RestClientV2(options); var v3 = new RestClientV3(options)) {
                classicAccount(v2);
                unifiedAccount(v3);
                unifiedFutures(v3);
            }
        } catch (BitgetException e) {
            System.err.println("Request failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void classicAccount(RestClientV2 client) {
        System.out.println("\n== Classic account (V2) ==");
        System.out.println("Server time: " + Instant.ofEpochMilli(client.fetchServerTime()));
        SpotTicker ticker = client.getSpotTicker(SpotTickerRequest.of("BTCUSDT")).data().get(0);
        System.out.printf("BTCUSDT last %s, bid %s, ask %s%n", ticker.lastPr(), ticker.bidPr(), ticker.askPr());
        for (SpotAsset asset : client.getSpotAccountAssets().data()) {
            System.out.printf("Balance %-5s available %s%n", asset.coin(), asset.available());
        }
        BigDecimal price = ticker.lastPr().multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.DOWN);
        String clientOid = "quickstart-" + UUID.randomUUID();
        OrderIds placed = client.spotSubmitOrder(SpotOrderRequest.builder()
                .symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.GTC)
                .price(price).size(new BigDecimal("0.001")).clientOid(clientOid)
                .build()).data();
        System.out.printf("Placed limit buy 0.001 BTC at %s: orderId %s%n", price, placed.orderId());
        System.out.println("Status: " + client.getSpotOrder(SpotOrderInfoRequest.byOrderId(placed.orderId())).data().get(0).status());
        client.spotCancelOrder(SpotCancelOrderRequest.byOrderId("BTCUSDT", placed.orderId()));
        System.out.println("Cancelled; status: "
                + client.getSpotOrder(SpotOrderInfoRequest.byClientOid(clientOid)).data().get(0).status());
    }

    private static void unifiedAccount(RestClientV3 client) {
        System.out.println("\n== Unified trading account (V3) ==");
        System.out.println("Server time: " + Instant.ofEpochMilli(client.fetchServerTime()));
        Ticker ticker = client.getTickers(TickersRequest.of(Category.SPOT, "ETHUSDT")).data().get(0);
        System.out.printf("ETHUSDT last %s, bid %s, ask %s%n", ticker.lastPrice(), ticker.bid1Price(), ticker.ask1Price());
        var balances = client.getBalances().data();
        System.out.println("Account equity (USDT): " + balances.usdtEquity());
        for (AccountAsset asset : balances.assets()) {
            System.out.printf("Balance %-5s available %s%n", asset.coin(), asset.available());
        }
        BigDecimal price = ticker.lastPrice().multiply(new BigDecimal("1.1")).setScale(2, RoundingMode.UP);
        OrderIds placed = client.submitNewOrder(PlaceOrderRequest.builder()
                .category(Category.SPOT).symbol("ETHUSDT").side(Side.SELL).orderType(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(price).qty(new BigDecimal("0.05"))
                .build()).data();
        System.out.printf("Placed limit sell 0.05 ETH at %s: orderId %s%n", price, placed.orderId());
        System.out.println("Status: " + client.getOrderInfo(OrderInfoRequest.byOrderId(placed.orderId())).data().orderStatus());
        client.cancelOrder(CancelOrderRequest.byOrderId(placed.orderId()));
        System.out.println("Cancelled; status: "
                + client.getOrderInfo(OrderInfoRequest.byOrderId(placed.orderId())).data().orderStatus());
    }

    /** A 0.01 BTC long at 5x leverage, read back as a position, then closed at market; the closing fill shows the PnL. */
    private static void unifiedFutures(RestClientV3 client) {
        System.out.println("\n== Unified trading account (V3): USDT-M futures ==");
        Ticker ticker = client.getTickers(TickersRequest.of(Category.USDT_FUTURES, "BTCUSDT")).data().get(0);
        System.out.printf("BTCUSDT perpetual last %s, mark %s, bid %s, ask %s%n", ticker.lastPrice(), ticker.markPrice(),
                ticker.bid1Price(), ticker.ask1Price());
        client.setLeverage(UtaSetLeverageRequest.futures(Category.USDT_FUTURES, "BTCUSDT", new BigDecimal("5")));
        OrderIds opened = client.submitNewOrder(PlaceOrderRequest.builder()
                .category(Category.USDT_FUTURES).symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.MARKET)
                .qty(new BigDecimal("0.01")).clientOid("quickstart-" + UUID.randomUUID())
                .build()).data();
        System.out.printf("Placed market buy 0.01 BTCUSDT at 5x: orderId %s%n", opened.orderId());
        for (UtaPosition p : client.getCurrentPosition(UtaPositionsRequest.of(Category.USDT_FUTURES, "BTCUSDT")).data().list()) {
            System.out.printf("Position %s %s %s at %s, %sx, margin %s USDT, unrealised PnL %s%n", p.symbol(), p.posSideRaw(),
                    p.total(), p.avgPrice(), p.leverage(), p.positionBalance(), p.unrealisedPnl());
        }
        String closeOrderId = client.closeAllPositions(UtaClosePositionsRequest.of(Category.USDT_FUTURES, "BTCUSDT"))
                .data().list().get(0).orderId();
        System.out.println("Closed at market: orderId " + closeOrderId + "; open positions left: "
                + client.getCurrentPosition(UtaPositionsRequest.of(Category.USDT_FUTURES, "BTCUSDT")).data().list().size());
        UtaFillsRequest closeFills = UtaFillsRequest.builder().category(Category.USDT_FUTURES).orderId(closeOrderId).build();
        for (UtaFill fill : client.getTradeFills(closeFills).data().list()) {
            System.out.printf("Fill %s %s at %s, realised PnL %s USDT%n", fill.sideRaw(), fill.execQty(), fill.execPrice(),
                    fill.execPnl());
        }
    }
}
