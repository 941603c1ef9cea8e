package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 order book query.
 *
 * @param category the product line (not {@link Category#MARGIN})
 * @param symbol   e.g. {@code BTCUSDT}
 * @param limit    levels per side
 */
public record OrderBookRequest(Category category, String symbol, @Nullable Integer limit) {

    public OrderBookRequest {
        Require.present(category, "category");
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(limit, "limit");
    }

    public static OrderBookRequest of(Category category, String symbol) {
        return new OrderBookRequest(category, symbol, null);
    }

    public static OrderBookRequest of(Category category, String symbol, int limit) {
        return new OrderBookRequest(category, symbol, limit);
    }
}
