package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot ticker query.
 *
 * @param symbol e.g. {@code BTCUSDT}; null asks for every symbol
 */
public record SpotTickerRequest(@Nullable String symbol) {

    private static final SpotTickerRequest ALL = new SpotTickerRequest(null);

    /** The ticker of one symbol. */
    public static SpotTickerRequest of(String symbol) {
        return new SpotTickerRequest(Require.text(symbol, "symbol"));
    }

    /** The tickers of every symbol. */
    public static SpotTickerRequest all() {
        return ALL;
    }
}
