package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One spot instrument of the testkit market, with the synthetic market maker's quoting around
 * {@code mid}: {@code makerLevels} price levels each side, {@code makerStep} apart, level {@code i}
 * (from 1) holding {@code makerSize * (1 + (i - 1) % 4)} base units.
 */
record SymbolSpec(
        String symbol,
        String baseCoin,
        String quoteCoin,
        BigDecimal mid,
        int pricePrecision,
        int quantityPrecision,
        BigDecimal makerStep,
        BigDecimal makerSize) {

    static final int MAKER_LEVELS = 50;

    /** BTCUSDT and ETHUSDT for trading tests, a few more so ticker lists look like a market. */
    static List<SymbolSpec> defaults() {
        return List.of(
                spec("BTCUSDT", "BTC", "USDT", "60000", 2, 6, "6", "0.25"),
                spec("ETHUSDT", "ETH", "USDT", "3000", 2, 4, "0.3", "4"),
                spec("SOLUSDT", "SOL", "USDT", "150", 3, 3, "0.015", "60"),
                spec("XRPUSDT", "XRP", "USDT", "0.6", 4, 2, "0.0001", "15000"),
                spec("BGBUSDT", "BGB", "USDT", "1.2", 4, 2, "0.0001", "8000"),
                spec("ETHBTC", "ETH", "BTC", "0.05", 6, 4, "0.000005", "4"));
    }

    private static SymbolSpec spec(String symbol, String base, String quote, String mid, int pricePrecision,
                                   int quantityPrecision, String step, String size) {
        return new SymbolSpec(symbol, base, quote, new BigDecimal(mid), pricePrecision, quantityPrecision,
                new BigDecimal(step), new BigDecimal(size));
    }

    /** Price of maker level {@code level} (0 = best) on the ask side or the bid side. */
    BigDecimal makerPrice(boolean ask, int level) {
        BigDecimal distance = makerStep.multiply(BigDecimal.valueOf(level + 1L));
        return ask ? mid.add(distance) : mid.subtract(distance);
    }

    BigDecimal makerSize(int level) {
        return makerSize.multiply(BigDecimal.valueOf(1 + level % 4));
    }

    BigDecimal lotSize() {
        return BigDecimal.ONE.movePointLeft(quantityPrecision);
    }
}
