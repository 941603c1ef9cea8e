// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * FuturesLiquidationPrice.
 *
 * @param liqPrice liq price ({@code liqPrice})
 */
public record FuturesLiquidationPrice(
        @Nullable BigDecimal liqPrice) {
}
