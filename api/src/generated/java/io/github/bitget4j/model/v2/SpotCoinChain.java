// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One chain a coin can be deposited or withdrawn on.
 *
 * @param chain e.g. trc20; pass as chain when withdrawing.
 * @param needTag whether a deposit or withdrawal needs a tag (memo).
 * @param withdrawable withdrawals open.
 * @param rechargeable deposits open.
 * @param withdrawFee flat withdrawal fee, in the coin.
 * @param extraWithdrawFee extra fee as a ratio of the amount (0.1 = 10%).
 * @param depositConfirm blocks before a deposit is credited.
 * @param withdrawConfirm blocks before a withdrawal is final.
 * @param minDepositAmount min deposit amount ({@code minDepositAmount})
 * @param minWithdrawAmount min withdraw amount ({@code minWithdrawAmount})
 * @param browserUrl block explorer address.
 * @param contractAddress token contract on this chain.
 * @param withdrawStep when not 0, a withdrawal amount must be a multiple of it.
 * @param withdrawMinScale decimal places allowed in a withdrawal amount.
 * @param congestion chain state, e.g. normal or congested.
 */
public record SpotCoinChain(
        String chain,
        @Nullable Boolean needTag,
        @Nullable Boolean withdrawable,
        @Nullable Boolean rechargeable,
        @Nullable BigDecimal withdrawFee,
        @Nullable BigDecimal extraWithdrawFee,
        @Nullable Integer depositConfirm,
        @Nullable Integer withdrawConfirm,
        @Nullable BigDecimal minDepositAmount,
        @Nullable BigDecimal minWithdrawAmount,
        @Nullable String browserUrl,
        @Nullable String contractAddress,
        @Nullable BigDecimal withdrawStep,
        @Nullable Integer withdrawMinScale,
        @Nullable String congestion) {
}
