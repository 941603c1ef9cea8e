package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 instruments (symbol rules) query.
 *
 * @param category the product line
 * @param symbol   one symbol, e.g. {@code BTCUSDT}; null for all of the category
 */
public record InstrumentsRequest(Category category, @Nullable String symbol) {

    public InstrumentsRequest {
        Require.present(category, "category");
    }

    /** Every instrument of the category. */
    public static InstrumentsRequest of(Category category) {
        return new InstrumentsRequest(category, null);
    }

    public static InstrumentsRequest of(Category category, String symbol) {
        return new InstrumentsRequest(category, Require.text(symbol, "symbol"));
    }
}
