package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.Auth;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.PriceLevel;
import io.github.bitget4j.model.ServerTime;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotAsset;
import io.github.bitget4j.model.v2.SpotAssetsRequest;
import io.github.bitget4j.model.v2.SpotBatchOrderItem;
import io.github.bitget4j.model.v2.SpotBatchOrderRequest;
import io.github.bitget4j.model.v2.SpotBatchOrderResult;
import io.github.bitget4j.model.v2.SpotCancelOrderRequest;
import io.github.bitget4j.model.v2.SpotCandle;
import io.github.bitget4j.model.v2.SpotCandlesRequest;
import io.github.bitget4j.model.v2.SpotOpenOrder;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderBook;
import io.github.bitget4j.model.v2.SpotOrderBookRequest;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotOrderInfoRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.SpotTicker;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.OrderStatus;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every typed method of {@link RestClientV2}'s first slice against the testkit, with the decoded data
 * checked against the server's own state; then the raw escape hatch ({@code get}, {@code getPrivate},
 * {@code postPrivate}, {@code call} with an endpoint declared here).
 */
class RestClientV2SliceTest extends TestkitFixture {

    private static final String BTCUSDT = "BTCUSDT";
    /** Far below the market maker's bids (59994 and down): a buy there rests and never trades. */
    private static final BigDecimal RESTING_BUY_PRICE = new BigDecimal("50000");
    private static final BigDecimal ONE_HUNDREDTH = new BigDecimal("0.01");

    private static SpotOrderRequest.Builder limitBuy(BigDecimal price, BigDecimal size) {
        return SpotOrderRequest.builder().symbol(BTCUSDT).side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(price).size(size);
    }

    // ---- common and market data

    @Test
    void getServerTimeAnswersASuccessEnvelopeWithTheServersClock() {
        try (var client = new RestClientV2(publicOptions().build())) {
            ApiResponse<ServerTime> response = client.getServerTime();

            assertThat(response.code()).isEqualTo("00000");
            assertThat(response.msg()).isEqualTo("success");
            assertThat(response.requestTime()).isCloseTo(System.currentTimeMillis(), within(60_000L));
            assertThat(response.data().serverTime()).isCloseTo(System.currentTimeMillis(), within(60_000L));
        }
    }

    @Test
    void fetchServerTimeReturnsTheServersClockNotThisMachines() {
        try (var client = new RestClientV2(publicOptions().build())) {
            assertThat(client.fetchServerTime()).isCloseTo(System.currentTimeMillis(), within(60_000L));

            server.setClockOffset(Duration.ofHours(1));
            try {
                assertThat(client.fetchServerTime())
                        .isCloseTo(System.currentTimeMillis() + Duration.ofHours(1).toMillis(), within(60_000L));
            } finally {
                server.setClockOffset(Duration.ZERO);
            }
        }
    }

    @Test
    void getSpotTickerOfOneSymbolHasTheServersBestBidAndAskAsDecimals() {
        try (var client = new RestClientV2(publicOptions().build())) {
            List<SpotTicker> tickers = client.getSpotTicker(SpotTickerRequest.of(BTCUSDT)).data();

            assertThat(tickers).hasSize(1);
            SpotTicker ticker = tickers.get(0);
            assertThat(ticker.symbol()).isEqualTo(BTCUSDT);
            assertThat(ticker.bidPr()).isEqualByComparingTo(server.bestBid(BTCUSDT));
            assertThat(ticker.askPr()).isEqualByComparingTo(server.bestAsk(BTCUSDT));
            assertThat(ticker.bidSz()).isPositive();
            assertThat(ticker.askSz()).isPositive();
            assertThat(ticker.low24h()).isLessThanOrEqualTo(ticker.high24h());
            assertThat(ticker.ts()).isCloseTo(System.currentTimeMillis(), within(60_000L));
            assertThat(server.requests("/api/v2/spot/market/tickers").get(0).rawQuery()).isEqualTo("symbol=BTCUSDT");
        }
    }

    @Test
    void getSpotTickerWithoutASymbolListsEveryMarketEachWithItsOwnBestPrices() {
        try (var client = new RestClientV2(publicOptions().build())) {
            Map<String, SpotTicker> bySymbol = client.getSpotTicker().data().stream()
                    .collect(Collectors.toMap(SpotTicker::symbol, Function.identity()));

            assertThat(bySymbol).containsOnlyKeys(BTCUSDT, "ETHUSDT", "SOLUSDT", "XRPUSDT", "BGBUSDT", "ETHBTC");
            bySymbol.forEach((symbol, ticker) -> {
                assertThat(ticker.bidPr()).as(symbol).isEqualByComparingTo(server.bestBid(symbol));
                assertThat(ticker.askPr()).as(symbol).isEqualByComparingTo(server.bestAsk(symbol));
            });
            assertThat(server.requests("/api/v2/spot/market/tickers").get(0).rawQuery()).isEmpty();
        }
    }

    @Test
    void getSpotCandlesDecodesThePositionalArraysOldestFirstOneIntervalApart() {
        try (var client = new RestClientV2(publicOptions().build())) {
            List<SpotCandle> candles = client.getSpotCandles(SpotCandlesRequest.of(BTCUSDT, "1min", 10)).data();

            assertThat(candles).hasSize(10);
            for (int i = 0; i < candles.size(); i++) {
                SpotCandle c = candles.get(i);
                assertThat(c.ts() % 60_000).isZero();
                if (i > 0) {
                    assertThat(c.ts() - candles.get(i - 1).ts()).isEqualTo(60_000);
                }
                assertThat(c.high()).isGreaterThanOrEqualTo(c.open().max(c.close()));
                assertThat(c.low()).isLessThanOrEqualTo(c.open().min(c.close())).isPositive();
                assertThat(c.usdtVolume()).as("a USDT pair's quote volume is its USDT volume")
                        .isEqualByComparingTo(c.quoteVolume());
            }
            assertThat(candles.get(9).ts()).isCloseTo(System.currentTimeMillis(), within(61_000L));
        }
    }

    @Test
    void getSpotOrderBookDepthHasAsksAscendingAboveBidsDescendingStartingAtTheBestPrices() {
        try (var client = new RestClientV2(publicOptions().build())) {
            SpotOrderBook book = client.getSpotOrderBookDepth(SpotOrderBookRequest.of(BTCUSDT, 5)).data();

            assertThat(book.asks()).hasSize(5);
            assertThat(book.bids()).hasSize(5);
            assertThat(book.asks().get(0).price()).isEqualByComparingTo(server.bestAsk(BTCUSDT));
            assertThat(book.bids().get(0).price()).isEqualByComparingTo(server.bestBid(BTCUSDT));
            assertThat(book.asks()).extracting(PriceLevel::price).isSortedAccordingTo(BigDecimal::compareTo);
            assertThat(book.bids()).extracting(PriceLevel::price).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(book.asks().get(0).price()).isGreaterThan(book.bids().get(0).price());
            assertThat(book.asks()).extracting(PriceLevel::size).allSatisfy(size -> assertThat(size).isPositive());
            assertThat(book.ts()).isCloseTo(System.currentTimeMillis(), within(60_000L));
        }
    }

    // ---- account

    @Test
    void getSpotAccountAssetsListsWhatTheServerHoldsForTheAccount() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            List<SpotAsset> assets = client.getSpotAccountAssets().data();

            assertThat(assets).extracting(SpotAsset::coin).containsExactlyInAnyOrder("USDT", "BTC", "ETH");
            for (SpotAsset asset : assets) {
                BalanceSnapshot held = server.balance(key.apiKey(), asset.coin());
                assertThat(asset.available()).as(asset.coin()).isEqualByComparingTo(held.available());
                assertThat(asset.frozen()).as(asset.coin()).isEqualByComparingTo(held.frozen());
            }
            assertThat(client.getSpotAccountAssets(SpotAssetsRequest.ofCoin("BTC")).data())
                    .singleElement().satisfies(btc -> assertThat(btc.available()).isEqualByComparingTo("2"));
        }
    }

    // ---- trading

    @Test
    void aRestingLimitOrderIsLiveListedAsOpenAndFreezesItsQuote() {
        TestCredentials key = server.createHmacKey();
        String clientOid = newClientOid("rest");
        try (RestClientV2 client = v2ClientOf(key)) {
            OrderIds ids = client.spotSubmitOrder(limitBuy(RESTING_BUY_PRICE, ONE_HUNDREDTH).clientOid(clientOid).build())
                    .data();

            assertThat(ids.orderId()).isNotBlank();
            assertThat(ids.clientOid()).isEqualTo(clientOid);

            SpotOrderInfo info = client.getSpotOrder(SpotOrderInfoRequest.byOrderId(ids.orderId())).data().get(0);
            assertThat(info.status()).isEqualTo("live");
            assertThat(info.orderId()).isEqualTo(ids.orderId());
            assertThat(info.clientOid()).isEqualTo(clientOid);
            assertThat(info.symbol()).isEqualTo(BTCUSDT);
            assertThat(info.side()).isEqualTo("buy");
            assertThat(info.orderType()).isEqualTo("limit");
            assertThat(info.price()).isEqualByComparingTo(RESTING_BUY_PRICE);
            assertThat(info.size()).isEqualByComparingTo(ONE_HUNDREDTH);
            assertThat(info.baseVolume()).isZero();
            assertThat(client.getSpotOrder(SpotOrderInfoRequest.byClientOid(clientOid)).data())
                    .singleElement().extracting(SpotOrderInfo::orderId).isEqualTo(ids.orderId());

            List<SpotOpenOrder> open = client.getSpotOpenOrders().data();
            assertThat(open).singleElement().satisfies(o -> {
                assertThat(o.orderId()).isEqualTo(ids.orderId());
                assertThat(o.status()).isEqualTo("live");
                assertThat(o.size()).isEqualByComparingTo(ONE_HUNDREDTH);
                assertThat(o.priceAvg()).as("the order's price, in Bitget's naming").isEqualByComparingTo(RESTING_BUY_PRICE);
            });
            assertThat(client.getSpotOpenOrders(SpotOpenOrdersRequest.builder().symbol("ETHUSDT").build()).data())
                    .isEmpty();

            BigDecimal cost = RESTING_BUY_PRICE.multiply(ONE_HUNDREDTH); // 500 USDT
            BalanceSnapshot usdt = server.balance(key.apiKey(), "USDT");
            assertThat(usdt.frozen()).isEqualByComparingTo(cost);
            assertThat(usdt.available()).isEqualByComparingTo(new BigDecimal("100000").subtract(cost));
            assertThat(client.getSpotAccountAssets(SpotAssetsRequest.ofCoin("USDT")).data().get(0).frozen())
                    .isEqualByComparingTo(cost);
        }
    }

    @Test
    void aCrossingLimitBuyFillsAtTheBestAskAndAMarketSellAtTheBestBidMovingBalances() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            BigDecimal ask = server.bestAsk(BTCUSDT);
            BalanceSnapshot usdtBefore = server.balance(key.apiKey(), "USDT");
            BalanceSnapshot btcBefore = server.balance(key.apiKey(), "BTC");

            String buyId = client.spotSubmitOrder(limitBuy(ask.add(new BigDecimal("100")), ONE_HUNDREDTH).build())
                    .data().orderId();

            SpotOrderInfo bought = client.getSpotOrder(SpotOrderInfoRequest.byOrderId(buyId)).data().get(0);
            assertThat(bought.status()).isEqualTo("filled");
            assertThat(bought.priceAvg()).as("fills at the book's price, not the limit").isEqualByComparingTo(ask);
            assertThat(bought.baseVolume()).isEqualByComparingTo(ONE_HUNDREDTH);
            assertThat(bought.quoteVolume()).isEqualByComparingTo(ask.multiply(ONE_HUNDREDTH));
            assertThat(server.balance(key.apiKey(), "USDT").available())
                    .isEqualByComparingTo(usdtBefore.available().subtract(ask.multiply(ONE_HUNDREDTH)));
            assertThat(server.balance(key.apiKey(), "USDT").frozen()).isZero();
            assertThat(server.balance(key.apiKey(), "BTC").available())
                    .isEqualByComparingTo(btcBefore.available().add(ONE_HUNDREDTH));

            BigDecimal bid = server.bestBid(BTCUSDT);
            BalanceSnapshot usdtMid = server.balance(key.apiKey(), "USDT");
            String sellId = client.spotSubmitOrder(SpotOrderRequest.builder().symbol(BTCUSDT).side(Side.SELL)
                    .orderType(OrderType.MARKET).force(TimeInForce.GTC).size(ONE_HUNDREDTH).build()).data().orderId();

            assertThat(server.order(key.apiKey(), sellId)).hasValueSatisfying(
                    o -> assertThat(o.status()).isEqualTo(OrderStatus.FILLED));
            assertThat(server.balance(key.apiKey(), "BTC").available())
                    .isEqualByComparingTo(btcBefore.available());
            assertThat(server.balance(key.apiKey(), "USDT").available())
                    .isEqualByComparingTo(usdtMid.available().add(bid.multiply(ONE_HUNDREDTH)));
            assertThat(client.getSpotOpenOrders().data()).isEmpty();
        }
    }

    @Test
    void spotBatchSubmitOrdersReportsEachOrderAsASuccessOrAFailure() {
        TestCredentials key = server.createHmacKey();
        String goodOid = newClientOid("batch-ok");
        String tooBigOid = newClientOid("batch-big");
        try (RestClientV2 client = v2ClientOf(key)) {
            SpotBatchOrderResult result = client.spotBatchSubmitOrders(SpotBatchOrderRequest.single(BTCUSDT, List.of(
                    batchBuy(new BigDecimal("0.001"), goodOid),
                    batchBuy(new BigDecimal("1000"), tooBigOid)))).data();

            assertThat(result.successList()).singleElement().satisfies(ok -> {
                assertThat(ok.clientOid()).isEqualTo(goodOid);
                assertThat(server.order(key.apiKey(), ok.orderId()))
                        .hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(OrderStatus.LIVE));
            });
            assertThat(result.failureList()).singleElement().satisfies(failed -> {
                assertThat(failed.clientOid()).isEqualTo(tooBigOid);
                assertThat(failed.errorCode()).isEqualTo("43012");
                assertThat(failed.errorMsg()).isNotBlank();
            });
            assertThat(server.openOrders(key.apiKey())).hasSize(1);
        }
    }

    private static SpotBatchOrderItem batchBuy(BigDecimal size, String clientOid) {
        return SpotBatchOrderItem.builder().side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.GTC)
                .price(RESTING_BUY_PRICE).size(size).clientOid(clientOid).build();
    }

    @Test
    void spotCancelOrderByOrderIdCancelsItAndReleasesTheFrozenQuote() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            String orderId = client.spotSubmitOrder(limitBuy(RESTING_BUY_PRICE, ONE_HUNDREDTH).build()).data().orderId();
            assertThat(server.balance(key.apiKey(), "USDT").frozen()).isPositive();

            OrderIds cancelled = client.spotCancelOrder(SpotCancelOrderRequest.byOrderId(BTCUSDT, orderId)).data();

            assertThat(cancelled.orderId()).isEqualTo(orderId);
            assertThat(client.getSpotOrder(SpotOrderInfoRequest.byOrderId(orderId)).data().get(0).status())
                    .isEqualTo("cancelled");
            assertThat(server.balance(key.apiKey(), "USDT").frozen()).isZero();
            assertThat(server.balance(key.apiKey(), "USDT").available()).isEqualByComparingTo("100000");
        }
    }

    @Test
    void spotCancelOrderByClientOidCancelsTheOrderOfThatName() {
        TestCredentials key = server.createHmacKey();
        String clientOid = newClientOid("cancel-me");
        try (RestClientV2 client = v2ClientOf(key)) {
            String orderId = client.spotSubmitOrder(limitBuy(RESTING_BUY_PRICE, ONE_HUNDREDTH).clientOid(clientOid)
                    .build()).data().orderId();

            OrderIds cancelled = client.spotCancelOrder(SpotCancelOrderRequest.byClientOid(BTCUSDT, clientOid)).data();

            assertThat(cancelled.orderId()).isEqualTo(orderId);
            assertThat(cancelled.clientOid()).isEqualTo(clientOid);
            assertThat(server.order(key.apiKey(), orderId)).hasValueSatisfying(o -> {
                assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(o.cancelReason()).isEqualTo("normal_cancel");
            });
            assertThat(client.getSpotOpenOrders().data()).isEmpty();
        }
    }

    // ---- the raw escape hatch

    /** A caller's own minimal view of a V2 asset, to decode raw answers into. */
    record MyAsset(String coin, BigDecimal available, BigDecimal frozen) {
    }

    record MyTime(long serverTime) {
    }

    record MyOpenOrder(String orderId, String clientOid, BigDecimal size) {
    }

    private static final Endpoint<List<MyOpenOrder>> MY_OPEN_ORDERS =
            Endpoint.getList("/api/v2/spot/trade/unfilled-orders", Auth.PRIVATE, MyOpenOrder.class)
                    .withParameters("symbol", "limit");

    @Test
    void rawGetOfAPublicPathReturnsTheDataAsJsonAndIsNotSigned() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            ApiResponse<JsonElement> raw = client.get("/api/v2/spot/market/tickers", Map.of("symbol", BTCUSDT));

            JsonElement ticker = raw.data().getAsJsonArray().get(0);
            assertThat(ticker.getAsJsonObject().get("symbol").getAsString()).isEqualTo(BTCUSDT);
            assertThat(ticker.getAsJsonObject().get("bidPr").getAsBigDecimal())
                    .isEqualByComparingTo(server.bestBid(BTCUSDT));
            assertThat(server.requests().get(0).header("ACCESS-SIGN")).isNull();
            assertThat(server.requests().get(0).header("ACCESS-KEY")).isNull();
        }
    }

    @Test
    void rawGetDecodesIntoACallersOwnRecord() {
        try (var client = new RestClientV2(publicOptions().build())) {
            MyTime time = client.get("/api/v2/public/time", null, MyTime.class).data();

            assertThat(time.serverTime()).isCloseTo(System.currentTimeMillis(), within(60_000L));
        }
    }

    @Test
    void rawGetPrivateIsSignedAndDecodesAsJsonOrIntoACallersType() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            JsonElement json = client.getPrivate("/api/v2/spot/account/assets", Map.of("coin", "USDT")).data();
            assertThat(json.getAsJsonArray().get(0).getAsJsonObject().get("available").getAsBigDecimal())
                    .isEqualByComparingTo("100000");

            List<MyAsset> typed = client.getPrivate("/api/v2/spot/account/assets", Map.of("coin", "BTC"),
                    new TypeToken<List<MyAsset>>() { }).data();
            assertThat(typed).containsExactly(new MyAsset("BTC", new BigDecimal("2"), BigDecimal.ZERO));

            assertThat(server.requests()).allSatisfy(r -> {
                assertThat(r.header("ACCESS-KEY")).isEqualTo(key.apiKey());
                assertThat(r.header("ACCESS-SIGN")).isNotBlank();
            });
            assertThat(server.requests()).extracting(r -> r.rawQuery()).containsExactly("coin=USDT", "coin=BTC");
        }
    }

    @Test
    void rawPostPrivatePlacesAndCancelsAnOrderFromPlainMaps() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            JsonElement placed = client.postPrivate("/api/v2/spot/trade/place-order", Map.of("symbol", BTCUSDT,
                    "side", "buy", "orderType", "limit", "force", "gtc", "price", "50000", "size", "0.01")).data();
            String orderId = placed.getAsJsonObject().get("orderId").getAsString();
            assertThat(server.order(key.apiKey(), orderId)).hasValueSatisfying(o -> {
                assertThat(o.price()).isEqualByComparingTo("50000");
                assertThat(o.status()).isEqualTo(OrderStatus.LIVE);
            });

            OrderIds cancelled = client.postPrivate("/api/v2/spot/trade/cancel-order",
                    Map.of("symbol", BTCUSDT, "orderId", orderId), OrderIds.class).data();

            assertThat(cancelled.orderId()).isEqualTo(orderId);
            assertThat(server.order(key.apiKey(), orderId)).hasValueSatisfying(
                    o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED));
        }
    }

    @Test
    void callRunsAnEndpointTheCallerDeclaredThemselves() {
        TestCredentials key = server.createHmacKey();
        String clientOid = newClientOid("own-endpoint");
        try (RestClientV2 client = v2ClientOf(key)) {
            String orderId = client.spotSubmitOrder(limitBuy(RESTING_BUY_PRICE, ONE_HUNDREDTH).clientOid(clientOid)
                    .build()).data().orderId();

            List<MyOpenOrder> open = client.call(MY_OPEN_ORDERS, Map.of("symbol", BTCUSDT, "limit", 10)).data();

            assertThat(open).containsExactly(new MyOpenOrder(orderId, clientOid, ONE_HUNDREDTH));
            assertThat(server.requests("/api/v2/spot/trade/unfilled-orders").get(0).rawQuery())
                    .isEqualTo("limit=10&symbol=BTCUSDT");
        }
    }

    @Test
    void aCallerDeclaredEndpointsParametersAreEnforcedUnderStrictValidation() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).strictParamValidation(true).build())) {
            assertThat(client.call(MY_OPEN_ORDERS, Map.of("symbol", BTCUSDT)).data()).isEmpty();
            server.clearRequests();

            assertThat(failureOf(BitgetValidationException.class,
                    () -> client.call(MY_OPEN_ORDERS, Map.of("symbol", BTCUSDT, "pageSize", 10))))
                    .hasMessageContaining("pageSize");
            assertThat(server.requests()).isEmpty();
        }
    }
}
