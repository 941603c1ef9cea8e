package io.github.bitget4j.model.v3;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.model.PriceLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedResponsesDecodingTest {

    private final Gson gson = BitgetJson.gson();

    private <T> List<T> list(String json, Class<T> element) {
        @SuppressWarnings("unchecked")
        List<T> decoded = (List<T>) gson.fromJson(json, TypeToken.getParameterized(List.class, element).getType());
        return decoded;
    }

    @Test
    void decodesSpotInstrumentWithoutFuturesFields() {
        List<Instrument> instruments = list("""
                [{"symbol":"BTCUSDT","category":"SPOT","baseCoin":"BTC","quoteCoin":"USDT",
                  "buyLimitPriceRatio":"0.05","sellLimitPriceRatio":"0.05","feeRateUpRatio":"0.005",
                  "minOrderQty":"0.000001","maxOrderQty":"0","maxMarketOrderQty":"10000","pricePrecision":"2",
                  "quantityPrecision":"6","quotePrecision":"8","minOrderAmount":"1","maxSymbolOrderNum":"400",
                  "maxProductOrderNum":"400","status":"online","offTime":"","limitOpenTime":"-1",
                  "maintainTime":"","areaSymbol":"no","isRwa":"NO"}]
                """, Instrument.class);

        Instrument btc = instruments.get(0);
        assertThat(btc.symbol()).isEqualTo("BTCUSDT");
        assertThat(btc.category()).isEqualTo("SPOT");
        assertThat(btc.minOrderQty().toPlainString()).isEqualTo("0.000001");
        assertThat(btc.pricePrecision()).isEqualTo(2);
        assertThat(btc.maxSymbolOrderNum()).isEqualTo(400);
        assertThat(btc.status()).isEqualTo("online");
        assertThat(btc.offTime()).isNull();
        assertThat(btc.limitOpenTime()).isEqualTo(-1L);
        assertThat(btc.isRwa()).isEqualTo("NO");
        assertThat(btc.maxLeverage()).isNull();
        assertThat(btc.type()).isNull();
    }

    @Test
    void decodesFuturesInstrumentFields() {
        Instrument perp = gson.fromJson("""
                {"symbol":"BTCUSDT","category":"USDT-FUTURES","baseCoin":"BTC","quoteCoin":"USDT",
                 "minOrderQty":"0.0001","pricePrecision":"1","quantityPrecision":"4","status":"online",
                 "makerFeeRate":"0.0002","takerFeeRate":"0.0006","openCostUpRatio":"0.01","priceMultiplier":"0.1",
                 "quantityMultiplier":"0.0001","type":"perpetual","symbolType":"crypto","maxPositionNum":"150",
                 "deliveryTime":"","deliveryStartTime":"","deliveryPeriod":"","launchTime":"1695806875837",
                 "fundInterval":"8","minLeverage":"1","maxLeverage":"125","newFutureField":"ignored"}
                """, Instrument.class);

        assertThat(perp.takerFeeRate()).isEqualTo(new BigDecimal("0.0006"));
        assertThat(perp.priceMultiplier().toPlainString()).isEqualTo("0.1");
        assertThat(perp.type()).isEqualTo("perpetual");
        assertThat(perp.maxPositionNum()).isEqualTo(new BigDecimal("150"));
        assertThat(perp.deliveryTime()).isNull();
        assertThat(perp.launchTime()).isEqualTo(1695806875837L);
        assertThat(perp.fundInterval()).isEqualTo(8);
        assertThat(perp.maxLeverage()).isEqualTo(new BigDecimal("125"));
    }

    @Test
    void decodesTickers() {
        List<Ticker> tickers = list("""
                [{"category":"USDT-FUTURES","symbol":"BTCUSDT","lastPrice":"27000.50","openPrice24h":"26900",
                  "highPrice24h":"27500","lowPrice24h":"26800","ask1Price":"27000.6","bid1Price":"27000.5",
                  "bid1Size":"3.1","ask1Size":"0.00000001","price24hPcnt":"0.0037","volume24h":"12345.678",
                  "turnover24h":"333333333.33","indexPrice":"27001.2","markPrice":"27000.9",
                  "fundingRate":"0.0001","openInterest":"45678.9","deliveryStartTime":"","deliveryTime":"",
                  "deliveryStatus":""}]
                """, Ticker.class);

        Ticker btc = tickers.get(0);
        assertThat(btc.lastPrice().toPlainString()).isEqualTo("27000.50");
        assertThat(btc.ask1Size().toPlainString()).isEqualTo("0.00000001");
        assertThat(btc.fundingRate()).isEqualTo(new BigDecimal("0.0001"));
        assertThat(btc.deliveryTime()).isNull();
        assertThat(btc.deliveryStatus()).isEmpty();
        assertThat(btc.platformTurnover24h()).isNull();
    }

    @Test
    void decodesCandlesFromPositionalArrays() {
        List<Candle> candles = list("""
                [["1695806820000","27000.5","27010","26990.1","27005.30","12.345","333333.33"]]
                """, Candle.class);

        assertThat(candles).containsExactly(new Candle(1695806820000L, new BigDecimal("27000.5"),
                new BigDecimal("27010"), new BigDecimal("26990.1"), new BigDecimal("27005.30"),
                new BigDecimal("12.345"), new BigDecimal("333333.33")));
    }

    @Test
    void decodesOrderBookFromItsShortFieldNames() {
        OrderBook book = gson.fromJson("""
                {"a":[["27000.6","0.5"],["27001","1"]],"b":[["27000.5","0.00000001"]],"ts":"1695806875837"}
                """, OrderBook.class);

        assertThat(book.asks()).containsExactly(
                new PriceLevel(new BigDecimal("27000.6"), new BigDecimal("0.5")),
                new PriceLevel(new BigDecimal("27001"), BigDecimal.ONE));
        assertThat(book.bids()).containsExactly(new PriceLevel(new BigDecimal("27000.5"), new BigDecimal("0.00000001")));
        assertThat(book.ts()).isEqualTo(1695806875837L);
        assertThat(gson.toJson(book)).startsWith("{\"a\":[[\"27000.6\",\"0.5\"]");
    }

    @Test
    void decodesAccountAssetsWithCoins() {
        AccountAssets assets = gson.fromJson("""
                {"accountEquity":"10000.12345678","usdtEquity":"10001.5","btcEquity":"0.37037","unrealisedPnl":"0",
                 "usdtUnrealisedPnl":"0","btcUnrealizedPnl":"0","effEquity":"9990","mmr":"0","imr":"0",
                 "mgnRatio":"0","positionMgnRatio":"0",
                 "assets":[{"coin":"USDT","equity":"10000.12345678","usdValue":"10000.12345678",
                            "balance":"10000.12345678","available":"9000","debt":"0","locked":"1000.12345678"},
                           {"coin":"BTC","equity":"0.00000001","usdValue":"0.00027","balance":"0.00000001",
                            "available":"0.00000001","debt":"0","locked":"0","positionValue":"","leverage":"",
                            "bonus":""}]}
                """, AccountAssets.class);

        assertThat(assets.accountEquity().toPlainString()).isEqualTo("10000.12345678");
        assertThat(assets.btcUnrealizedPnl()).isEqualTo(BigDecimal.ZERO);
        assertThat(assets.assets()).hasSize(2);
        assertThat(assets.assets().get(0).locked()).isEqualTo(new BigDecimal("1000.12345678"));
        AccountAsset btc = assets.assets().get(1);
        assertThat(btc.equity().toPlainString()).isEqualTo("0.00000001");
        assertThat(btc.leverage()).isNull();
    }

    @Test
    void decodesAccountInfoPermissions() {
        AccountInfo info = gson.fromJson("""
                {"userId":"2960478921","inviterId":"","parentId":"","channelCode":"","channel":"",
                 "ips":"127.0.0.1,10.0.0.1","permType":"read-and-write","permissions":["uta_mgt","uta_trade"],
                 "regisTime":"1695806875837"}
                """, AccountInfo.class);

        assertThat(info.userId()).isEqualTo("2960478921");
        assertThat(info.permType()).isEqualTo("read-and-write");
        assertThat(info.permissions()).containsExactly("uta_mgt", "uta_trade");
        assertThat(info.regisTime()).isEqualTo(1695806875837L);
    }

    @Test
    void decodesOrderInfoWithFeeList() {
        OrderInfo info = gson.fromJson("""
                {"orderId":"1234567890123456789","clientOid":"my-1","category":"SPOT","symbol":"BTCUSDT",
                 "orderType":"limit","side":"buy","price":"27000.50","qty":"0.001","amount":"0","cumExecQty":"0.001",
                 "cumExecValue":"27.0005","avgPrice":"27000.50","timeInForce":"gtc","orderStatus":"filled",
                 "posSide":"","holdMode":"","reduceOnly":"no",
                 "feeDetail":[{"feeCoin":"BTC","fee":"0.00000001"}],"cancelReason":"","execType":"normal",
                 "stpMode":"none","createdTime":"1695806875837","updatedTime":"1695806876000"}
                """, OrderInfo.class);

        assertThat(info.orderStatus()).isEqualTo("filled");
        assertThat(info.price().toPlainString()).isEqualTo("27000.50");
        assertThat(info.cumExecValue()).isEqualTo(new BigDecimal("27.0005"));
        assertThat(info.feeDetail()).containsExactly(new FeeDetail("BTC", new BigDecimal("0.00000001")));
        assertThat(info.createdTime()).isEqualTo(1695806875837L);
        assertThat(info.updatedTime()).isEqualTo(1695806876000L);
    }

    @Test
    void decodesAPageOfUnfilledOrdersWithItsCursor() {
        UnfilledOrders page = gson.fromJson("""
                {"list":[{"orderId":"1","clientOid":"a","category":"USDT-FUTURES","symbol":"ETHUSDT",
                          "orderType":"limit","side":"sell","price":"1600.25","qty":"0.5","amount":"",
                          "cumExecQty":"0","cumExecValue":"0","avgPrice":"","timeInForce":"post_only",
                          "orderStatus":"live","posSide":"short","holdMode":"hedge_mode","reduceOnly":"no",
                          "feeDetail":[],"createdTime":"1695806875837","updatedTime":"1695806875837"}],
                 "cursor":"1"}
                """, UnfilledOrders.class);

        assertThat(page.cursor()).isEqualTo("1");
        UnfilledOrder order = page.list().get(0);
        assertThat(order.price().toPlainString()).isEqualTo("1600.25");
        assertThat(order.amount()).isNull();
        assertThat(order.avgPrice()).isNull();
        assertThat(order.posSide()).isEqualTo("short");
        assertThat(order.feeDetail()).isEmpty();
    }

    @Test
    void decodesBatchResultsWithPerOrderErrors() {
        List<BatchOrderResult> results = list("""
                [{"orderId":"1","clientOid":"a","code":"00000","msg":"success"},
                 {"orderId":"","clientOid":"b","code":"25202","msg":"Insufficient balance"}]
                """, BatchOrderResult.class);

        assertThat(results).containsExactly(new BatchOrderResult("1", "a", "00000", "success"),
                new BatchOrderResult("", "b", "25202", "Insufficient balance"));
    }
}
