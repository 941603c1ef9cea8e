// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One convertible coin.
 *
 * @param coin coin ({@code coin})
 * @param available the caller's available balance.
 * @param maxAmount largest amount per conversion.
 * @param minAmount smallest amount per conversion.
 */
public record ConvertCoin(
        String coin,
        @Nullable BigDecimal available,
        @Nullable BigDecimal maxAmount,
        @Nullable BigDecimal minAmount) {
}
