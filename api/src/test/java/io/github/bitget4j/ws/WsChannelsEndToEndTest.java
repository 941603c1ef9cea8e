package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.errors.WsHandlerException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v2.futures.FuturesOrderRequest;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.model.v3.MarginMode;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.ws.v2.ChannelsV2;
import io.github.bitget4j.ws.v2.WsBookV2;
import io.github.bitget4j.ws.v2.WsFillV2;
import io.github.bitget4j.ws.v2.WsFuturesAccountV2;
import io.github.bitget4j.ws.v2.WsFuturesOrderV2;
import io.github.bitget4j.ws.v2.WsFuturesPositionV2;
import io.github.bitget4j.ws.v2.WsInstTypeV2;
import io.github.bitget4j.ws.v2.WsTickerV2;
import io.github.bitget4j.ws.v2.WsTradeV2;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import io.github.bitget4j.model.v2.futures.FuturesOrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The futures channels end to end, decoded strictly (every channel's push: {@link WsEveryChannelPushesTest}). */
class WsChannelsEndToEndTest extends WsTestkitFixture {

    @Test
    void futuresTradesReachThePublicAndPrivateFuturesChannelsAsTypedRecords() {
        TestCredentials key = server.createHmacKey();
        var tickers = new CopyOnWriteArrayList<WsTickerV2>();
        var books = new CopyOnWriteArrayList<WsBookV2>();
        var trades = new CopyOnWriteArrayList<WsTradeV2>();
        var orders = new CopyOnWriteArrayList<WsFuturesOrderV2>();
        var fills = new CopyOnWriteArrayList<WsFillV2>();
        var positions = new CopyOnWriteArrayList<List<WsFuturesPositionV2>>();
        var accounts = new CopyOnWriteArrayList<WsFuturesAccountV2>();
        var listener = new RecordingListener();
        var options = optionsFor(key).strictResponses(true).build();
        var futures = WsInstTypeV2.USDT_FUTURES;
        try (var ws = new WebsocketClientV2(options, listener); var rest = new RestClientV2(options)) {
            ws.subscribe(ChannelsV2.ticker(futures, "ETHUSDT"), push -> tickers.addAll(push.data()));
            ws.subscribe(ChannelsV2.books(futures, "ETHUSDT"), push -> books.addAll(push.data()));
            ws.subscribe(ChannelsV2.trade(futures, "ETHUSDT"), push -> trades.addAll(push.data()));
            ws.subscribe(ChannelsV2.futuresOrders(futures), push -> orders.addAll(push.data()));
            ws.subscribe(ChannelsV2.fill(futures), push -> fills.addAll(push.data()));
            ws.subscribe(ChannelsV2.positions(futures), push -> positions.add(push.data()));
            ws.subscribe(ChannelsV2.futuresAccount(futures), push -> accounts.addAll(push.data()));
            await("ticker, books and account snapshots", Duration.ofSeconds(30),
                    () -> !tickers.isEmpty() && !books.isEmpty() && !accounts.isEmpty());
            assertThat(books.getFirst().bids().getFirst().price()).isLessThan(books.getFirst().asks().getFirst().price());
            assertThat(books.getFirst().checksum()).isNotNull();

            String orderId = rest.futuresSubmitOrder(FuturesOrderRequest.builder().symbol("ETHUSDT")
                    .productType(ProductType.USDT_FUTURES).marginMode(MarginMode.CROSSED).marginCoin("USDT")
                    .side(Side.BUY).orderType(OrderType.MARKET).size(new BigDecimal("0.1")).build()).data().orderId();

            await("the filled order, its fill and the long position", Duration.ofSeconds(30), () ->
                    orders.stream().anyMatch(o -> o.orderId().equals(orderId) && o.status() == FuturesOrderStatus.FILLED)
                            && fills.stream().anyMatch(f -> f.orderId().equals(orderId))
                            && positions.stream().flatMap(List::stream).anyMatch(p -> p.instId().equals("ETHUSDT")
                            && p.holdSide() == FuturesHoldSide.LONG));
            await("a public trade and a new ticker", Duration.ofSeconds(30), () -> !trades.isEmpty() && tickers.size() >= 2);
        }
        WsFillV2 fill = fills.stream().filter(f -> f.baseVolume() != null).findFirst().orElseThrow();
        assertThat(fill.symbol()).isEqualTo("ETHUSDT");
        assertThat(fill.side()).isEqualTo(Side.BUY);
        assertThat(fill.price()).isPositive();
        WsFuturesPositionV2 position = positions.getLast().getFirst();
        assertThat(position.total()).isEqualByComparingTo("0.1");
        assertThat(position.openPriceAvg()).isEqualByComparingTo(fill.price());
        assertThat(accounts.getLast().marginCoin()).isEqualTo("USDT");
        assertThat(tickers.getLast().markPrice()).isPositive();
        assertThat(tickers.getLast().fundingRate()).isNotNull();
        assertThat(listener.exceptions).filteredOn(WsHandlerException.class::isInstance).isEmpty();
    }
}
