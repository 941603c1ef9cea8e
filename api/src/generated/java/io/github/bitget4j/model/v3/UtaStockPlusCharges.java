// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fees of a Stock+ order.
 *
 * @param totalAmount total fees.
 * @param currency e.g. USD.
 * @param items the fees by category.
 */
public record UtaStockPlusCharges(
        BigDecimal totalAmount,
        @Nullable String currency,
        @Nullable List<UtaStockPlusChargeCategory> items) {
}
