// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Fee of sweeping one coin into BGB.
 *
 * @param feeRate fee rate ({@code feeRate})
 * @param fee fee ({@code fee})
 */
public record ConvertBgbFeeRate(
        @Nullable BigDecimal feeRate,
        @Nullable BigDecimal fee) {
}
