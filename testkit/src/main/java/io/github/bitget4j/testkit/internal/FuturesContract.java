package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One USDT-margined perpetual contract of the testkit futures market. {@code book} carries what the
 * shared matching engine needs (mid, price and size decimals, the market maker's ladder); the rest are
 * the contract's trading rules.
 *
 * @param sizeMultiplier an order size must be a multiple of this (base coin)
 * @param minTradeNum    the smallest order size (base coin)
 * @param priceEndStep   the price tick in units of the last price decimal
 */
record FuturesContract(SymbolSpec book, BigDecimal sizeMultiplier, BigDecimal minTradeNum, int priceEndStep,
                       int minLever, int maxLever) {

    /** Leverage of a symbol nobody has set yet (Bitget's default for new accounts). */
    static final int DEFAULT_LEVERAGE = 20;

    /**
     * BTCUSDT around 60000 (maker ladder 1 USDT apart, 2 BTC at the best level), ETHUSDT around 3000 and
     * SOLUSDT around 150. Precisions follow Bitget's live contracts.
     */
    static List<FuturesContract> defaults() {
        return List.of(
                contract("BTCUSDT", "BTC", "60000", 1, 4, "1", "2", "0.0001", 125),
                contract("ETHUSDT", "ETH", "3000", 2, 2, "0.1", "30", "0.01", 100),
                contract("SOLUSDT", "SOL", "150", 3, 1, "0.01", "500", "0.1", 75));
    }

    private static FuturesContract contract(String symbol, String base, String mid, int pricePlace, int volumePlace,
                                            String makerStep, String makerSize, String sizeMultiplier, int maxLever) {
        SymbolSpec book = new SymbolSpec(symbol, base, "USDT", new BigDecimal(mid), pricePlace, volumePlace,
                new BigDecimal(makerStep), new BigDecimal(makerSize));
        BigDecimal multiplier = new BigDecimal(sizeMultiplier);
        return new FuturesContract(book, multiplier, multiplier, 1, 1, maxLever);
    }

    String symbol() {
        return book.symbol();
    }

    String baseCoin() {
        return book.baseCoin();
    }

    String marginCoin() {
        return book.quoteCoin();
    }

    int pricePlace() {
        return book.pricePrecision();
    }

    int volumePlace() {
        return book.quantityPrecision();
    }

    /** The smallest price step. */
    BigDecimal tick() {
        return BigDecimal.valueOf(priceEndStep).movePointLeft(pricePlace());
    }

    boolean validSize(BigDecimal size) {
        return size.compareTo(minTradeNum) >= 0 && size.remainder(sizeMultiplier).signum() == 0;
    }

    boolean validPrice(BigDecimal price) {
        return price.signum() > 0 && price.remainder(tick()).signum() == 0;
    }
}
