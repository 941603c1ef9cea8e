package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot candlestick query.
 *
 * @param symbol      e.g. {@code BTCUSDT}
 * @param granularity candle width as Bitget spells it: {@code 1min 3min 5min 15min 30min 1h 4h 6h 12h 1day
 *                    3day 1week 1M}, or a UTC-aligned {@code 6Hutc 12Hutc 1Dutc 3Dutc 1Wutc 1Mutc}
 * @param startTime   earliest candle, Unix milliseconds
 * @param endTime     latest candle, Unix milliseconds
 * @param limit       at most this many candles (Bitget's default 100, maximum 1000)
 */
public record SpotCandlesRequest(
        String symbol,
        String granularity,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable Integer limit) {

    public SpotCandlesRequest {
        Require.text(symbol, "symbol");
        Require.text(granularity, "granularity");
        Require.positiveIfPresent(limit, "limit");
    }

    /** The latest candles, as many as Bitget gives by default. */
    public static SpotCandlesRequest of(String symbol, String granularity) {
        return new SpotCandlesRequest(symbol, granularity, null, null, null);
    }

    /** The latest {@code limit} candles. */
    public static SpotCandlesRequest of(String symbol, String granularity, int limit) {
        return new SpotCandlesRequest(symbol, granularity, null, null, limit);
    }
}
