// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A category of Stock+ fees, e.g. broker or third-party fees.
 *
 * @param code the category code.
 * @param name its name.
 * @param fees the fees.
 */
public record UtaStockPlusChargeCategory(
        String code,
        @Nullable String name,
        @Nullable List<UtaStockPlusFee> fees) {
}
