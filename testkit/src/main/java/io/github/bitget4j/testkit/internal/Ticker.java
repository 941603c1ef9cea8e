package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** 24-hour statistics of one symbol: the synthetic history plus users' trades, with the live top of book. */
record Ticker(SymbolSpec spec, BigDecimal last, BigDecimal open24h, BigDecimal high24h, BigDecimal low24h,
              BigDecimal openUtc, BigDecimal baseVolume, BigDecimal quoteVolume, BigDecimal usdtVolume,
              OrderBook.Level bestBid, OrderBook.Level bestAsk, long ts) {

    private static final long HOUR = 3_600_000;

    static Ticker of(Exchange exchange, SymbolSpec spec, long now) {
        BigDecimal last = exchange.lastPrice(spec.symbol());
        BigDecimal[] traded = exchange.tradedVolume(spec.symbol());
        OrderBook.Depth top = exchange.depth(spec.symbol(), 1);
        List<Candles.Candle> day = Candles.series(spec, HOUR, null, now, 24, now);
        BigDecimal high = last;
        BigDecimal low = last;
        BigDecimal base = traded[0];
        BigDecimal quote = traded[1];
        for (Candles.Candle c : day) {
            high = high.max(c.high());
            low = low.min(c.low());
            base = base.add(c.baseVolume());
            quote = quote.add(c.quoteVolume());
        }
        BigDecimal openUtc = Candles.priceAt(spec, Math.floorDiv(now, 24 * HOUR) * 24 * HOUR);
        BigDecimal usdt = quote.multiply(exchange.usdtPrice(spec.quoteCoin())).setScale(4, RoundingMode.HALF_UP);
        return new Ticker(spec, last, day.getFirst().open(), high, low, openUtc, base, quote, usdt,
                top.bids().getFirst(), top.asks().getFirst(), now);
    }

    /** Change since 24 h ago as a fraction, e.g. {@code 0.0123}. */
    BigDecimal change24h() {
        return change(open24h);
    }

    BigDecimal changeUtc() {
        return change(openUtc);
    }

    private BigDecimal change(BigDecimal from) {
        return last.subtract(from).divide(from, 4, RoundingMode.HALF_UP);
    }
}
