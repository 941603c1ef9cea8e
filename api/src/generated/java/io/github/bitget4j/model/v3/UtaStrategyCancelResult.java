// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The ids of a cancelled V3 strategy order; Bitget may send no data at all.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id.
 */
public record UtaStrategyCancelResult(
        @Nullable String orderId,
        @Nullable String clientOid) {
}
