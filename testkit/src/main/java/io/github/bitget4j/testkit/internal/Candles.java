package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic price history: a deterministic function of (symbol, time), so the same request always
 * gets the same candles and consecutive candles join up (each open is the previous close).
 */
final class Candles {

    record Candle(long ts, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                  BigDecimal baseVolume, BigDecimal quoteVolume) {
    }

    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    /** V2 {@code granularity} values; month candles are approximated as 30 days. */
    static final Map<String, Long> V2_GRANULARITIES = Map.ofEntries(
            Map.entry("1min", MINUTE), Map.entry("3min", 3 * MINUTE), Map.entry("5min", 5 * MINUTE),
            Map.entry("15min", 15 * MINUTE), Map.entry("30min", 30 * MINUTE), Map.entry("1h", HOUR),
            Map.entry("4h", 4 * HOUR), Map.entry("6h", 6 * HOUR), Map.entry("12h", 12 * HOUR),
            Map.entry("1day", DAY), Map.entry("3day", 3 * DAY), Map.entry("1week", 7 * DAY),
            Map.entry("1M", 30 * DAY), Map.entry("6Hutc", 6 * HOUR), Map.entry("12Hutc", 12 * HOUR),
            Map.entry("1Dutc", DAY), Map.entry("3Dutc", 3 * DAY), Map.entry("1Wutc", 7 * DAY),
            Map.entry("1Mutc", 30 * DAY));

    /** V3 {@code interval} values. */
    static final Map<String, Long> V3_INTERVALS = Map.ofEntries(
            Map.entry("1m", MINUTE), Map.entry("3m", 3 * MINUTE), Map.entry("5m", 5 * MINUTE),
            Map.entry("15m", 15 * MINUTE), Map.entry("30m", 30 * MINUTE), Map.entry("1H", HOUR),
            Map.entry("4H", 4 * HOUR), Map.entry("6H", 6 * HOUR), Map.entry("12H", 12 * HOUR),
            Map.entry("1D", DAY), Map.entry("1W", 7 * DAY), Map.entry("1M", 30 * DAY));

    private Candles() {
    }

    /**
     * The length of a WebSocket candle interval: a V2 channel's suffix ({@code 1m}, {@code 4H}, {@code 1Dutc},
     * {@code 1M}...) or a V3 kline interval. {@code m} is a minute, {@code M} a month (30 days, as above).
     *
     * @throws IllegalArgumentException for anything else
     */
    static long wsInterval(String interval) {
        String plain = interval.endsWith("utc") ? interval.substring(0, interval.length() - 3) : interval;
        if (plain.length() < 2) {
            throw new IllegalArgumentException("not a candle interval: " + interval);
        }
        long unit = switch (plain.charAt(plain.length() - 1)) {
            case 'm' -> MINUTE;
            case 'H' -> HOUR;
            case 'D' -> DAY;
            case 'W' -> 7 * DAY;
            case 'M' -> 30 * DAY;
            default -> throw new IllegalArgumentException("not a candle interval: " + interval);
        };
        return Integer.parseInt(plain.substring(0, plain.length() - 1)) * unit;
    }

    /** The candle that contains {@code now}. */
    static Candle current(SymbolSpec spec, long interval, long now) {
        return candle(spec, Math.floorDiv(now, interval) * interval, interval);
    }

    /**
     * Up to {@code limit} candles ending with the one that contains {@code endTime} (default now),
     * none before {@code startTime}; oldest first.
     */
    static List<Candle> series(SymbolSpec spec, long interval, @Nullable Long startTime, @Nullable Long endTime,
                               int limit, long now) {
        long end = Math.min(endTime == null ? now : endTime, now);
        long last = Math.floorDiv(end, interval) * interval;
        List<Candle> candles = new ArrayList<>(limit);
        for (int i = limit - 1; i >= 0; i--) {
            long ts = last - i * interval;
            if (startTime == null || ts >= startTime) {
                candles.add(candle(spec, ts, interval));
            }
        }
        return candles;
    }

    static Candle candle(SymbolSpec spec, long ts, long interval) {
        BigDecimal open = priceAt(spec, ts);
        BigDecimal close = priceAt(spec, ts + interval);
        double wick = 0.0005 * (1 + noise(spec, ts, 1));
        BigDecimal high = scale(spec, open.max(close).doubleValue() * (1 + wick));
        BigDecimal low = scale(spec, open.min(close).doubleValue() * (1 - wick));
        double units = Math.sqrt((double) interval / MINUTE);
        BigDecimal baseVolume = BigDecimal.valueOf(spec.makerSize().doubleValue() * 2 * units * (0.5 + noise(spec, ts, 2)))
                .setScale(spec.quantityPrecision(), RoundingMode.HALF_UP);
        BigDecimal quoteVolume = baseVolume.multiply(open.add(close)).divide(BigDecimal.TWO, spec.pricePrecision(), RoundingMode.HALF_UP);
        return new Candle(ts, open, high, low, close, baseVolume, quoteVolume);
    }

    /** A slow three-day wave, a faster ripple and a little noise, within a few percent of the mid. */
    static BigDecimal priceAt(SymbolSpec spec, long t) {
        double days = (double) t / DAY;
        double wave = 0.02 * Math.sin(2 * Math.PI * days / 3) + 0.004 * Math.sin(2 * Math.PI * days * 7.3);
        double jitter = 0.002 * (noise(spec, t, 0) - 0.5);
        return scale(spec, spec.mid().doubleValue() * (1 + wave + jitter));
    }

    private static BigDecimal scale(SymbolSpec spec, double price) {
        return BigDecimal.valueOf(price).setScale(spec.pricePrecision(), RoundingMode.HALF_UP);
    }

    /** A reproducible number in [0, 1) from (symbol, time, salt). */
    private static double noise(SymbolSpec spec, long t, int salt) {
        long h = spec.symbol().hashCode() * 0x9E3779B97F4A7C15L ^ t * 0xBF58476D1CE4E5B9L ^ salt * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        h *= 0xD6E8FEB86659FD93L;
        h ^= h >>> 32;
        return (h >>> 11) * 0x1.0p-53;
    }
}
