// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An index-price push.
 *
 * @param symbol symbol ({@code symbol})
 * @param instId inst id ({@code instId})
 * @param indexPrice index price ({@code indexPrice})
 * @param ts ts ({@code ts})
 */
public record WsIndexPriceV2(
        @Nullable String symbol,
        @Nullable String instId,
        BigDecimal indexPrice,
        @Nullable Instant ts) {
}
