// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Terms of an institutional loan product.
 *
 * @param productId product id ({@code productId})
 * @param leverage leverage ({@code leverage})
 * @param transferLine risk ratio below which transfers out are allowed.
 * @param spotBuyLine risk ratio below which spot buys are allowed.
 * @param liquidationLine risk ratio at which liquidation starts.
 * @param stopLiquidationLine risk ratio at which liquidation stops.
 */
public record SpotLoanProduct(
        String productId,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal transferLine,
        @Nullable BigDecimal spotBuyLine,
        @Nullable BigDecimal liquidationLine,
        @Nullable BigDecimal stopLiquidationLine) {
}
