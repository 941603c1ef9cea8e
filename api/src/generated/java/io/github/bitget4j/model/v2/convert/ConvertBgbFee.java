// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Fee charged by a sweep into BGB.
 *
 * @param feeCoin fee coin ({@code feeCoin})
 * @param fee fee ({@code fee})
 */
public record ConvertBgbFee(
        @Nullable String feeCoin,
        @Nullable BigDecimal fee) {
}
