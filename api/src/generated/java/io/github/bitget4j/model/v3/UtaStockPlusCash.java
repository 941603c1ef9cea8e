// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Cash of the Stock+ account in one currency.
 *
 * @param currency e.g. USD.
 * @param withdrawCash cash that can be withdrawn.
 * @param availableCash cash that can be used.
 * @param frozenCash cash held.
 * @param settlingCash cash not yet settled.
 */
public record UtaStockPlusCash(
        String currency,
        @Nullable BigDecimal withdrawCash,
        @Nullable BigDecimal availableCash,
        @Nullable BigDecimal frozenCash,
        @Nullable BigDecimal settlingCash) {
}
