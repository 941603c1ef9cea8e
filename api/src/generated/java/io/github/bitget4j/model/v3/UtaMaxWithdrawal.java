// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Largest withdrawable amount of one coin.
 *
 * @param coin coin ({@code coin})
 * @param otcMaxWithdrawal from the OTC account.
 * @param spotMaxWithdrawal from the funding account.
 * @param utaMaxWithdrawal from the unified account.
 * @param totalMaxWithdrawal in total.
 */
public record UtaMaxWithdrawal(
        String coin,
        @Nullable BigDecimal otcMaxWithdrawal,
        @Nullable BigDecimal spotMaxWithdrawal,
        @Nullable BigDecimal utaMaxWithdrawal,
        BigDecimal totalMaxWithdrawal) {
}
