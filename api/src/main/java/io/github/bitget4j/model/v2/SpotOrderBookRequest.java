package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot order book (merged depth) query.
 *
 * @param symbol e.g. {@code BTCUSDT}
 * @param type   price aggregation step, {@code step0} (none, Bitget's default) to {@code step5}
 * @param limit  levels per side (Bitget's default 100, maximum 150)
 */
public record SpotOrderBookRequest(String symbol, @Nullable String type, @Nullable Integer limit) {

    public SpotOrderBookRequest {
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(limit, "limit");
    }

    public static SpotOrderBookRequest of(String symbol) {
        return new SpotOrderBookRequest(symbol, null, null);
    }

    public static SpotOrderBookRequest of(String symbol, int limit) {
        return new SpotOrderBookRequest(symbol, null, limit);
    }
}
