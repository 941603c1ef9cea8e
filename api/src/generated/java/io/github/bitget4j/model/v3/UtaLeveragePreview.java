// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The estimated effect of a leverage change.
 *
 * @param estMaxOpen futures: largest openable quantity afterwards.
 * @param estMaxBorrowable margin: largest borrowable amount of the coin afterwards.
 * @param requiredMargin margin required, in USD.
 * @param marginChange change of margin in use (positive = more).
 */
public record UtaLeveragePreview(
        @Nullable BigDecimal estMaxOpen,
        @Nullable BigDecimal estMaxBorrowable,
        @Nullable BigDecimal requiredMargin,
        @Nullable BigDecimal marginChange) {
}
