// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Largest transferable amount of one coin.
 *
 * @param coin coin ({@code coin})
 * @param maxTransfer without borrowing.
 * @param borrowMaxTransfer including what may be borrowed.
 */
public record UtaMaxTransferable(
        String coin,
        BigDecimal maxTransfer,
        @Nullable BigDecimal borrowMaxTransfer) {
}
