package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 tickers query.
 *
 * @param category the product line (not {@link Category#MARGIN})
 * @param symbol   one symbol, e.g. {@code BTCUSDT}; null for all of the category
 */
public record TickersRequest(Category category, @Nullable String symbol) {

    public TickersRequest {
        Require.present(category, "category");
    }

    /** The tickers of every symbol of the category. */
    public static TickersRequest of(Category category) {
        return new TickersRequest(category, null);
    }

    public static TickersRequest of(Category category, String symbol) {
        return new TickersRequest(category, Require.text(symbol, "symbol"));
    }
}
