// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The quantity of a coin transferred out.
 *
 * @param coin e.g. USDT.
 * @param transfered quantity transferred (Bitget's spelling).
 * @param userId the uid it is about.
 */
public record UtaInsLoanTransfered(
        String coin,
        BigDecimal transfered,
        @Nullable String userId) {
}
