package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.WebsocketApiClient;
import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WsPrivateChannelsTest extends WsTestkitFixture {

    @Test
    void v2OrdersAndAccountPushesFollowAnOrderPlacedOverRest() {
        TestCredentials key = server.createHmacKey();
        var orders = new CopyOnWriteArrayList<WsOrder>();
        var accounts = new CopyOnWriteArrayList<WsAccount>();
        var options = optionsFor(key).build();
        try (var ws = new WebsocketClientV2(options); var rest = new RestClientV2(options)) {
            ws.subscribe(WsTopicV2.allSymbols("SPOT", "orders"), u -> orders.addAll(u.orders()));
            ws.subscribe(WsTopicV2.coin("SPOT", "account", "default"), u -> accounts.addAll(u.accounts()));
            // the order fills at once: on a busy machine it could beat the subscribe frames, and its pushes go nowhere
            await("the subscriptions", Duration.ofSeconds(30), () -> server.wsSubscriptions("/v2/ws/private")
                    .containsAll(List.of("SPOT|orders|default", "SPOT|account|default")));
            OrderIds placed = rest.spotSubmitOrder(SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                    .orderType(OrderType.LIMIT).force(TimeInForce.GTC).price(new BigDecimal("61000"))
                    .size(new BigDecimal("0.01")).build()).data();
            await("the filled order", Duration.ofSeconds(30), () -> orders.stream()
                    .anyMatch(o -> placed.orderId().equals(o.orderId()) && "filled".equals(o.status())));
            WsOrder filled = orders.stream().filter(o -> "filled".equals(o.status())).findFirst().orElseThrow();
            assertThat(filled.symbol()).isEqualTo("BTCUSDT");
            assertThat(filled.filledQty()).isEqualByComparingTo("0.01");
            assertThat(filled.avgPrice()).isPositive();
            await("a BTC balance push", Duration.ofSeconds(30), () -> accounts.stream().anyMatch(a -> "BTC".equals(a.coin())
                    && a.available() != null && a.available().compareTo(new BigDecimal("2")) > 0));
        }
    }

    @Test
    void v3FillAndAccountPushesFollowAnOrderPlacedOverTheSocket() {
        TestCredentials key = server.createHmacKey();
        var fills = new CopyOnWriteArrayList<WsFill>();
        var accounts = new CopyOnWriteArrayList<WsAccount>();
        try (var ws = new WebsocketClientV3(optionsFor(key).build()); var api = new WebsocketApiClient(ws)) {
            ws.subscribe(WsTopicV3.privateTopic("fill"), u -> fills.addAll(u.fills()));
            ws.subscribe(WsTopicV3.privateTopic("account"), u -> accounts.addAll(u.accounts()));
            OrderIds placed = api.submitNewOrder(PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT")
                    .side(Side.BUY).orderType(OrderType.LIMIT).price(new BigDecimal("61000"))
                    .qty(new BigDecimal("0.01")).build());
            await("the fills", Duration.ofSeconds(30), () -> fills.stream().anyMatch(f -> placed.orderId().equals(f.orderId())));
            assertThat(fills).allSatisfy(f -> {
                assertThat(f.clientOid()).isEqualTo(placed.clientOid());
                assertThat(f.price()).isPositive();
                assertThat(f.size()).isPositive();
                assertThat(f.tradeId()).isNotBlank();
            });
            await("an account push", Duration.ofSeconds(30), () -> !accounts.isEmpty());
            WsAccount account = accounts.get(accounts.size() - 1);
            assertThat(account.totalEquity()).isPositive();
            assertThat(account.coins()).extracting(WsAccount::coin).contains("USDT", "BTC");
        }
    }

    @Test
    void tradePushesDecodeForBothVersions() {
        var v2Trades = new CopyOnWriteArrayList<WsTrade>();
        var v3Trades = new CopyOnWriteArrayList<WsTrade>();
        TestCredentials key = server.createHmacKey();
        try (var v2 = new WebsocketClientV2(publicOptions().build());
                var v3 = new WebsocketClientV3(publicOptions().build());
                var api = new WebsocketApiClient(optionsFor(key).build())) {
            v2.subscribe(WsTopicV2.of("SPOT", "trade", "ETHUSDT"), u -> v2Trades.addAll(u.trades()));
            v3.subscribe(WsTopicV3.of("spot", "publicTrade", "ETHUSDT"), u -> v3Trades.addAll(u.trades()));
            await("both subscriptions on the server", Duration.ofSeconds(30),
                    () -> !server.wsSubscriptions("/v2/ws/public").isEmpty() && !server.wsSubscriptions("/v3/ws/public").isEmpty());
            api.placeBatchOrders(List.of(PlaceOrderRequest.builder().category(Category.SPOT).symbol("ETHUSDT")
                    .side(Side.BUY).orderType(OrderType.MARKET).qty(new BigDecimal("100")).build()));
            await("a trade", Duration.ofSeconds(30), () -> v3Trades.stream().anyMatch(t -> t.price() != null));
            await("a V2 trade", Duration.ofSeconds(30), () -> v2Trades.stream().anyMatch(t -> t.price() != null));
            for (var trades : List.of(v2Trades, v3Trades)) {
                WsTrade trade = trades.stream().filter(t -> t.price() != null).findFirst().orElseThrow();
                assertThat(trade.size()).isPositive();
                assertThat(trade.side()).isIn("buy", "sell");
                assertThat(trade.ts()).isPositive();
                assertThat(trade.tradeId()).isNotBlank();
            }
        }
    }
}
