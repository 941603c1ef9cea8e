package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.PriceLevel;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v3.AccountAsset;
import io.github.bitget4j.model.v3.AccountAssets;
import io.github.bitget4j.model.v3.AccountInfo;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.Candle;
import io.github.bitget4j.model.v3.CandlesRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.Instrument;
import io.github.bitget4j.model.v3.InstrumentsRequest;
import io.github.bitget4j.model.v3.OrderBook;
import io.github.bitget4j.model.v3.OrderBookRequest;
import io.github.bitget4j.model.v3.OrderInfo;
import io.github.bitget4j.model.v3.OrderInfoRequest;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.model.v3.Ticker;
import io.github.bitget4j.model.v3.TickersRequest;
import io.github.bitget4j.model.v3.UnfilledOrder;
import io.github.bitget4j.model.v3.UnfilledOrdersRequest;
import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.OrderStatus;
import io.github.bitget4j.testkit.RecordedRequest;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every typed method of {@link RestClientV3}'s first slice against the testkit, checked against the server's state. */
class RestClientV3SliceTest extends TestkitFixture {

    private static final String BTCUSDT = "BTCUSDT";
    /** Far below the market maker's bids (59994 and down): a buy there rests and never trades. */
    private static final BigDecimal RESTING_BUY_PRICE = new BigDecimal("50000");
    private static final BigDecimal ONE_HUNDREDTH = new BigDecimal("0.01");

    private static PlaceOrderRequest.Builder restingBuy() {
        return PlaceOrderRequest.builder().category(Category.SPOT).symbol(BTCUSDT).side(Side.BUY)
                .orderType(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(RESTING_BUY_PRICE).qty(ONE_HUNDREDTH);
    }

    // ---- public and market data

    @Test
    void getServerTimeAndFetchServerTimeReturnTheServersClock() {
        try (var client = new RestClientV3(publicOptions().build())) {
            assertThat(client.getServerTime().data().serverTime()).isCloseTo(System.currentTimeMillis(), within(60_000L));

            server.setClockOffset(Duration.ofMinutes(-30));
            try {
                assertThat(client.fetchServerTime())
                        .isCloseTo(System.currentTimeMillis() - Duration.ofMinutes(30).toMillis(), within(60_000L));
            } finally {
                server.setClockOffset(Duration.ZERO);
            }
            assertThat(server.requests("/api/v3/public/time")).hasSize(2);
        }
    }

    @Test
    void getInstrumentsListsTheSpotMarketsWithTheirCoinsAndPrecisions() {
        try (var client = new RestClientV3(publicOptions().build())) {
            Map<String, Instrument> bySymbol = client.getInstruments(InstrumentsRequest.of(Category.SPOT)).data()
                    .stream().collect(Collectors.toMap(Instrument::symbol, Function.identity()));

            assertThat(bySymbol).containsOnlyKeys(BTCUSDT, "ETHUSDT", "SOLUSDT", "XRPUSDT", "BGBUSDT", "ETHBTC");
            Instrument btc = bySymbol.get(BTCUSDT);
            assertThat(btc.category()).isEqualTo("SPOT");
            assertThat(btc.baseCoin()).isEqualTo("BTC");
            assertThat(btc.quoteCoin()).isEqualTo("USDT");
            assertThat(btc.status()).isEqualTo("online");
            assertThat(btc.pricePrecision()).isEqualTo(2);
            assertThat(btc.quantityPrecision()).isEqualTo(6);
            assertThat(btc.minOrderQty()).isEqualByComparingTo("0.000001");
            assertThat(btc.offTime()).as("an empty string is no time").isNull();

            assertThat(client.getInstruments(InstrumentsRequest.of(Category.SPOT, "ETHBTC")).data())
                    .singleElement().extracting(Instrument::quoteCoin).isEqualTo("BTC");
            assertThat(client.getInstruments(InstrumentsRequest.of(Category.USDT_FUTURES)).data()).isEmpty();
            assertThat(server.requests("/api/v3/market/instruments")).extracting(RecordedRequest::rawQuery)
                    .containsExactly("category=SPOT", "category=SPOT&symbol=ETHBTC", "category=USDT-FUTURES");
        }
    }

    @Test
    void getTickersHasTheServersBestBidAndAsk() {
        try (var client = new RestClientV3(publicOptions().build())) {
            Ticker ticker = client.getTickers(TickersRequest.of(Category.SPOT, BTCUSDT)).data().get(0);

            assertThat(ticker.category()).isEqualTo("SPOT");
            assertThat(ticker.symbol()).isEqualTo(BTCUSDT);
            assertThat(ticker.bid1Price()).isEqualByComparingTo(server.bestBid(BTCUSDT));
            assertThat(ticker.ask1Price()).isEqualByComparingTo(server.bestAsk(BTCUSDT));
            assertThat(ticker.bid1Size()).isPositive();
            assertThat(ticker.lastPrice()).isPositive();

            assertThat(client.getTickers(TickersRequest.of(Category.SPOT)).data()).hasSize(6)
                    .allSatisfy(t -> assertThat(t.ask1Price()).isEqualByComparingTo(server.bestAsk(t.symbol())));
        }
    }

    @Test
    void getCandlesDecodesThePositionalArraysOldestFirstOneIntervalApart() {
        try (var client = new RestClientV3(publicOptions().build())) {
            List<Candle> candles = client.getCandles(CandlesRequest.builder().category(Category.SPOT).symbol(BTCUSDT)
                    .interval("1H").limit(24).build()).data();

            assertThat(candles).hasSize(24);
            for (int i = 0; i < candles.size(); i++) {
                Candle c = candles.get(i);
                if (i > 0) {
                    assertThat(c.ts() - candles.get(i - 1).ts()).isEqualTo(3_600_000);
                }
                assertThat(c.high()).isGreaterThanOrEqualTo(c.open().max(c.close()));
                assertThat(c.low()).isLessThanOrEqualTo(c.open().min(c.close())).isPositive();
                assertThat(c.turnover()).as("turnover is in quote, volume in base: about price times volume")
                        .isGreaterThan(c.volume().multiply(c.low()).multiply(new BigDecimal("0.99")))
                        .isLessThan(c.volume().multiply(c.high()).multiply(new BigDecimal("1.01")));
            }
            assertThat(client.getCandles(CandlesRequest.of(Category.SPOT, BTCUSDT, "1m")).data())
                    .as("Bitget's default limit").hasSize(100);
        }
    }

    @Test
    void getOrderBookHasAsksAscendingAboveBidsDescendingStartingAtTheBestPrices() {
        try (var client = new RestClientV3(publicOptions().build())) {
            OrderBook book = client.getOrderBook(OrderBookRequest.of(Category.SPOT, BTCUSDT, 5)).data();

            assertThat(book.asks()).hasSize(5);
            assertThat(book.bids()).hasSize(5);
            assertThat(book.asks().get(0).price()).isEqualByComparingTo(server.bestAsk(BTCUSDT));
            assertThat(book.bids().get(0).price()).isEqualByComparingTo(server.bestBid(BTCUSDT));
            assertThat(book.asks()).extracting(PriceLevel::price).isSortedAccordingTo(BigDecimal::compareTo);
            assertThat(book.bids()).extracting(PriceLevel::price).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(book.ts()).isCloseTo(System.currentTimeMillis(), within(60_000L));
        }
    }

    // ---- account

    @Test
    void getBalancesShowsEveryCoinAndAnEquityThatAddsUpWithTheFuturesWalletInUsdt() {
        TestCredentials key = server.createHmacKey();
        server.setFuturesBalance(key.apiKey(), "5000"); // a unified account holds futures margin in the same USDT
        try (RestClientV3 client = v3ClientOf(key)) {
            AccountAssets balances = client.getBalances().data();

            Map<String, AccountAsset> byCoin = balances.assets().stream()
                    .collect(Collectors.toMap(AccountAsset::coin, Function.identity()));
            assertThat(byCoin).containsOnlyKeys("USDT", "BTC", "ETH");
            byCoin.forEach((coin, asset) -> {
                BalanceSnapshot held = server.balance(key.apiKey(), coin);
                BigDecimal futuresWallet = coin.equals("USDT") ? new BigDecimal("5000") : BigDecimal.ZERO;
                assertThat(asset.balance()).as(coin).isEqualByComparingTo(held.total().add(futuresWallet));
                assertThat(asset.available()).as(coin).isEqualByComparingTo(held.available().add(futuresWallet));
            });
            BigDecimal sumOfUsdValues = balances.assets().stream().map(AccountAsset::usdValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(balances.accountEquity()).isEqualByComparingTo(sumOfUsdValues);
            assertThat(byCoin.get("USDT").usdValue()).isEqualByComparingTo("105000");
            BigDecimal btcLast = client.getTickers(TickersRequest.of(Category.SPOT, BTCUSDT)).data().get(0).lastPrice();
            assertThat(byCoin.get("BTC").usdValue()).isEqualByComparingTo(btcLast.multiply(new BigDecimal("2")));
        }
    }

    @Test
    void getAccountInfoDescribesTheKeysAccount() {
        try (RestClientV3 client = v3ClientOf(server.createHmacKey())) {
            AccountInfo info = client.getAccountInfo().data();

            assertThat(info.userId()).isNotBlank().containsOnlyDigits();
            assertThat(info.permType()).isEqualTo("read-and-write");
            assertThat(info.permissions()).contains("uta_trade");
            assertThat(info.regisTime()).isCloseTo(System.currentTimeMillis(), within(60_000L));
        }
    }

    // ---- trading

    @Test
    void submitNewOrderRestsALimitBuyThatOrderInfoAndUnfilledOrdersShow() {
        TestCredentials key = server.createHmacKey();
        String clientOid = newClientOid("v3-rest");
        try (RestClientV3 client = v3ClientOf(key)) {
            OrderIds ids = client.submitNewOrder(restingBuy().clientOid(clientOid).build()).data();

            assertThat(ids.orderId()).isNotBlank();
            assertThat(ids.clientOid()).isEqualTo(clientOid);

            OrderInfo info = client.getOrderInfo(OrderInfoRequest.byOrderId(ids.orderId())).data();
            assertThat(info.orderStatus()).isEqualTo("live");
            assertThat(info.category()).isEqualTo("SPOT");
            assertThat(info.symbol()).isEqualTo(BTCUSDT);
            assertThat(info.side()).isEqualTo("buy");
            assertThat(info.price()).isEqualByComparingTo(RESTING_BUY_PRICE);
            assertThat(info.qty()).isEqualByComparingTo(ONE_HUNDREDTH);
            assertThat(info.cumExecQty()).isZero();
            assertThat(info.timeInForce()).isEqualTo("gtc");
            assertThat(client.getOrderInfo(OrderInfoRequest.byClientOid(clientOid)).data().orderId())
                    .isEqualTo(ids.orderId());

            List<UnfilledOrder> open = client.getUnfilledOrders().data().list();
            assertThat(open).singleElement().satisfies(o -> {
                assertThat(o.orderId()).isEqualTo(ids.orderId());
                assertThat(o.orderStatus()).isEqualTo("live");
            });
            assertThat(client.getUnfilledOrders(UnfilledOrdersRequest.builder().category(Category.SPOT)
                    .symbol("ETHUSDT").build()).data().list()).isEmpty();
            assertThat(server.balance(key.apiKey(), "USDT").frozen())
                    .isEqualByComparingTo(RESTING_BUY_PRICE.multiply(ONE_HUNDREDTH));
        }
    }

    @Test
    void cancelOrderByOrderIdOrByClientOidCancelsAndReleasesTheQuote() {
        TestCredentials key = server.createHmacKey();
        String clientOid = newClientOid("v3-cancel");
        try (RestClientV3 client = v3ClientOf(key)) {
            String first = client.submitNewOrder(restingBuy().build()).data().orderId();
            String second = client.submitNewOrder(restingBuy().clientOid(clientOid).build()).data().orderId();

            assertThat(client.cancelOrder(CancelOrderRequest.byOrderId(first)).data().orderId()).isEqualTo(first);
            assertThat(client.cancelOrder(CancelOrderRequest.byClientOid(clientOid)).data().orderId()).isEqualTo(second);

            assertThat(client.getOrderInfo(OrderInfoRequest.byOrderId(first)).data().orderStatus()).isEqualTo("cancelled");
            assertThat(server.order(key.apiKey(), second))
                    .hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED));
            assertThat(client.getUnfilledOrders().data().list()).isEmpty();
            assertThat(server.balance(key.apiKey(), "USDT").frozen()).isZero();
        }
    }

    @Test
    void placeBatchOrdersSendsAJsonArrayAndReportsEachOrdersOutcome() {
        TestCredentials key = server.createHmacKey();
        String goodOid = newClientOid("v3-batch-ok");
        String tooBigOid = newClientOid("v3-batch-big");
        try (RestClientV3 client = v3ClientOf(key)) {
            List<BatchOrderResult> results = client.placeBatchOrders(List.of(
                    restingBuy().clientOid(goodOid).build(),
                    restingBuy().clientOid(tooBigOid).qty(new BigDecimal("1000")).build())).data();

            assertThat(results).hasSize(2);
            assertThat(results.get(0).code()).isEqualTo("00000");
            assertThat(results.get(0).clientOid()).isEqualTo(goodOid);
            assertThat(server.order(key.apiKey(), results.get(0).orderId()))
                    .hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(OrderStatus.LIVE));
            assertThat(results.get(1).code()).isEqualTo("25202");
            assertThat(results.get(1).clientOid()).isEqualTo(tooBigOid);

            RecordedRequest sent = server.requests("/api/v3/trade/place-batch").get(0);
            assertThat(sent.bodyText()).startsWith("[{").endsWith("}]").contains("\"clientOid\":\"" + goodOid + "\"");
        }
    }
}
