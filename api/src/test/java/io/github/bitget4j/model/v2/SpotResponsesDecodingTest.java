package io.github.bitget4j.model.v2;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.PriceLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotResponsesDecodingTest {

    private final Gson gson = BitgetJson.gson();

    private <T> List<T> list(String json, Class<T> element) {
        @SuppressWarnings("unchecked")
        List<T> decoded = (List<T>) gson.fromJson(json, TypeToken.getParameterized(List.class, element).getType());
        return decoded;
    }

    @Test
    void decodesTickersKeepingDecimalsExactAndEmptyQuotesAsNull() {
        List<SpotTicker> tickers = list("""
                [{"symbol":"BTCUSDT","high24h":"27500.12","open":"26900.00","low24h":"26800.5",
                  "lastPr":"27000.50","quoteVolume":"123456789.1234","baseVolume":"4567.123456",
                  "usdtVolume":"123456789.123456","bidPr":"27000.4","askPr":"27000.5","bidSz":"0.00000001",
                  "askSz":"1.5","openUtc":"26950.1","ts":"1695806875837","changeUtc24h":"0.00185",
                  "change24h":"0.00372"},
                 {"symbol":"NEWUSDT","high24h":"0","open":"0","low24h":"0","lastPr":"0.1","quoteVolume":"0",
                  "baseVolume":"0","usdtVolume":"0","bidPr":"","askPr":"","bidSz":"","askSz":"","openUtc":"0.1",
                  "ts":"1695806875838","changeUtc24h":"0","change24h":"0","someNewField":"x"}]
                """, SpotTicker.class);

        SpotTicker btc = tickers.get(0);
        assertThat(btc.symbol()).isEqualTo("BTCUSDT");
        assertThat(btc.lastPr().toPlainString()).isEqualTo("27000.50");
        assertThat(btc.open().toPlainString()).isEqualTo("26900.00");
        assertThat(btc.bidSz().toPlainString()).isEqualTo("0.00000001");
        assertThat(btc.usdtVolume()).isEqualTo(new BigDecimal("123456789.123456"));
        assertThat(btc.ts()).isEqualTo(1695806875837L);
        assertThat(btc.change24h()).isEqualTo(new BigDecimal("0.00372"));
        SpotTicker fresh = tickers.get(1);
        assertThat(fresh.bidPr()).isNull();
        assertThat(fresh.askSz()).isNull();
        assertThat(fresh.lastPr()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void decodesCandlesFromPositionalArrays() {
        List<SpotCandle> candles = list("""
                [["1695806820000","27000.5","27010","26990.1","27005.30","12.345","333333.33","333333.34"],
                 ["1695806880000","27005.3","27006","27001","27002","0.00000001","0.0003","0.0004"]]
                """, SpotCandle.class);

        assertThat(candles).containsExactly(
                new SpotCandle(1695806820000L, new BigDecimal("27000.5"), new BigDecimal("27010"),
                        new BigDecimal("26990.1"), new BigDecimal("27005.30"), new BigDecimal("12.345"),
                        new BigDecimal("333333.33"), new BigDecimal("333333.34")),
                new SpotCandle(1695806880000L, new BigDecimal("27005.3"), new BigDecimal("27006"),
                        new BigDecimal("27001"), new BigDecimal("27002"), new BigDecimal("0.00000001"),
                        new BigDecimal("0.0003"), new BigDecimal("0.0004")));
    }

    @Test
    void decodesOrderBookLevels() {
        SpotOrderBook book = gson.fromJson("""
                {"asks":[["27000.5","0.5"],["27001","1.2"]],"bids":[["27000.4","0.00000001"]],"ts":"1695806875837"}
                """, SpotOrderBook.class);

        assertThat(book.asks()).containsExactly(
                new PriceLevel(new BigDecimal("27000.5"), new BigDecimal("0.5")),
                new PriceLevel(new BigDecimal("27001"), new BigDecimal("1.2")));
        assertThat(book.bids()).containsExactly(new PriceLevel(new BigDecimal("27000.4"), new BigDecimal("0.00000001")));
        assertThat(book.ts()).isEqualTo(1695806875837L);
    }

    @Test
    void decodesAccountAssets() {
        List<SpotAsset> assets = list("""
                [{"coin":"USDT","available":"1000.12345678","frozen":"0","locked":"0","limitAvailable":"0",
                  "uTime":"1695806875837"},
                 {"coin":"BTC","available":"0.00000001","frozen":"0.5","locked":"0","limitAvailable":"",
                  "uTime":"1695806875838"}]
                """, SpotAsset.class);

        assertThat(assets.get(0)).isEqualTo(new SpotAsset("USDT", new BigDecimal("1000.12345678"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 1695806875837L));
        assertThat(assets.get(1).available().toPlainString()).isEqualTo("0.00000001");
        assertThat(assets.get(1).limitAvailable()).isNull();
    }

    @Test
    void decodesBatchResultWithSuccessesAndFailures() {
        SpotBatchOrderResult result = gson.fromJson("""
                {"successList":[{"orderId":"1098394041925599232","clientOid":"grid-1"}],
                 "failureList":[{"orderId":"","clientOid":"grid-2","errorMsg":"Insufficient balance","errorCode":"43012"},
                                {"clientOid":"grid-3","errorMsg":"Parameter verification failed"}]}
                """, SpotBatchOrderResult.class);

        assertThat(result.successList()).containsExactly(new OrderIds("1098394041925599232", "grid-1"));
        assertThat(result.failureList()).containsExactly(
                new SpotBatchOrderFailure("", "grid-2", "Insufficient balance", "43012"),
                new SpotBatchOrderFailure(null, "grid-3", "Parameter verification failed", null));
    }

    @Test
    void decodesOrderInfoWithFeeDetailSentAsJsonText() {
        List<SpotOrderInfo> infos = list("""
                [{"userId":"2960478921","symbol":"BTCUSDT","orderId":"1098394041925599232","clientOid":"my-1",
                  "price":"27000.50","size":"0.001","orderType":"limit","side":"buy","status":"filled",
                  "priceAvg":"27000.50","baseVolume":"0.001","quoteVolume":"27.0005","enterPointSource":"API",
                  "feeDetail":"{\\"newFees\\":{\\"c\\":0,\\"d\\":0,\\"deduction\\":false,\\"r\\":-0.000001,\\"t\\":-0.000001,\\"totalDeductionFee\\":0},\\"BTC\\":{\\"deduction\\":false,\\"feeCoinCode\\":\\"BTC\\",\\"totalDeductionFee\\":0,\\"totalFee\\":-0.000001}}",
                  "orderSource":"normal","cancelReason":"","cTime":"1695806875837","uTime":"1695806876000"}]
                """, SpotOrderInfo.class);

        SpotOrderInfo info = infos.get(0);
        assertThat(info.orderId()).isEqualTo("1098394041925599232");
        assertThat(info.price().toPlainString()).isEqualTo("27000.50");
        assertThat(info.status()).isEqualTo("filled");
        assertThat(info.cTime()).isEqualTo(1695806875837L);
        assertThat(info.uTime()).isEqualTo(1695806876000L);
        assertThat(info.cancelReason()).isEmpty();
        SpotFeeDetail fees = info.feeDetail();
        assertThat(fees.newFees()).isEqualTo(new SpotNewFees(BigDecimal.ZERO, BigDecimal.ZERO, false,
                new BigDecimal("-0.000001"), new BigDecimal("-0.000001"), BigDecimal.ZERO));
        assertThat(fees.coinFees()).containsOnlyKeys("BTC");
        assertThat(fees.coinFees().get("BTC")).isEqualTo(
                new SpotCoinFee(false, "BTC", BigDecimal.ZERO, new BigDecimal("-0.000001")));
    }

    @Test
    void decodesFeeDetailSentAsPlainObjectOrEmpty() {
        SpotOrderInfo asObject = gson.fromJson("""
                {"userId":"1","symbol":"BTCUSDT","orderId":"2","price":"","size":"10","orderType":"market",
                 "side":"buy","status":"filled","priceAvg":"27000.5","cTime":"1695806875837",
                 "feeDetail":{"BGB":{"deduction":true,"feeCoinCode":"BGB","totalDeductionFee":-0.0031,"totalFee":-0.0031},
                              "newFees":{"c":0,"d":-0.0031,"deduction":true,"r":0,"t":-0.0031,"totalDeductionFee":-0.0031}}}
                """, SpotOrderInfo.class);
        SpotOrderInfo empty = gson.fromJson("""
                {"userId":"1","symbol":"BTCUSDT","orderId":"3","size":"1","orderType":"limit","side":"sell",
                 "status":"live","priceAvg":"","feeDetail":"","cTime":"1695806875837"}
                """, SpotOrderInfo.class);

        assertThat(asObject.price()).isNull();
        assertThat(asObject.feeDetail().newFees().d()).isEqualTo(new BigDecimal("-0.0031"));
        assertThat(asObject.feeDetail().coinFees().get("BGB").deduction()).isTrue();
        assertThat(empty.feeDetail()).isNull();
        assertThat(empty.priceAvg()).isNull();
    }

    @Test
    void decodesOpenOrdersWithEmptyOptionalPrices() {
        List<SpotOpenOrder> orders = list("""
                [{"userId":"2960478921","symbol":"ETHUSDT","orderId":"1098394041925599233","clientOid":"grid-7",
                  "priceAvg":"1600.25","size":"0.5","orderType":"limit","side":"sell","status":"live",
                  "basePrice":"0","baseVolume":"0","quoteVolume":"0","enterPointSource":"API","orderSource":"normal",
                  "presetTakeProfitPrice":"","executeTakeProfitPrice":"","presetStopLossPrice":"1500",
                  "executeStopLossPrice":"","cTime":"1695806875837","uTime":"1695806875837","tpslType":"normal",
                  "triggerPrice":null}]
                """, SpotOpenOrder.class);

        SpotOpenOrder order = orders.get(0);
        assertThat(order.priceAvg().toPlainString()).isEqualTo("1600.25");
        assertThat(order.size()).isEqualTo(new BigDecimal("0.5"));
        assertThat(order.presetTakeProfitPrice()).isNull();
        assertThat(order.presetStopLossPrice()).isEqualTo(new BigDecimal("1500"));
        assertThat(order.triggerPrice()).isNull();
        assertThat(order.tpslType()).isEqualTo("normal");
        assertThat(order.cTime()).isEqualTo(1695806875837L);
    }
}
