// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Call and put volume of a stock's options.
 *
 * @param c call volume.
 * @param p put volume.
 */
public record UtaStockPlusOptionVolume(
        @Nullable BigDecimal c,
        @Nullable BigDecimal p) {
}
