// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Largest openable quantities and their cost.
 *
 * @param available available balance.
 * @param maxOpen largest openable quantity.
 * @param buyOpenCost cost of opening on the buy side.
 * @param sellOpenCost cost of opening on the sell side.
 * @param maxBuyOpen largest buy quantity.
 * @param maxSellOpen largest sell quantity.
 * @param maxBuyAvailable largest buy quantity from available funds.
 * @param maxSellAvailable largest sell quantity from available funds.
 */
public record UtaMaxOpen(
        @Nullable BigDecimal available,
        @Nullable BigDecimal maxOpen,
        @Nullable BigDecimal buyOpenCost,
        @Nullable BigDecimal sellOpenCost,
        @Nullable BigDecimal maxBuyOpen,
        @Nullable BigDecimal maxSellOpen,
        @Nullable BigDecimal maxBuyAvailable,
        @Nullable BigDecimal maxSellAvailable) {
}
