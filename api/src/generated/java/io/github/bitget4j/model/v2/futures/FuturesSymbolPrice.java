// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Last, index and mark prices of a contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param price last traded price.
 * @param indexPrice index price ({@code indexPrice})
 * @param markPrice mark price ({@code markPrice})
 * @param ts ts ({@code ts})
 */
public record FuturesSymbolPrice(
        String symbol,
        BigDecimal price,
        @Nullable BigDecimal indexPrice,
        @Nullable BigDecimal markPrice,
        Instant ts) {
}
