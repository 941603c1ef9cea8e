// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Transferable and available amounts of the lead account.
 *
 * @param maxTransferable most that can be transferred out.
 * @param available available balance.
 */
public record UtaCopyMaxTransferable(
        BigDecimal maxTransferable,
        @Nullable BigDecimal available) {
}
