// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One way to redeem an Elite product.
 *
 * @param redeemType fast or standard.
 * @param redeemFeeRate fee rate.
 * @param remainQuota amount still redeemable this way.
 * @param redeemScale decimal places of an amount.
 * @param redeemDelayDate days until payout.
 * @param minRedeemAmount smallest redemption.
 * @param redeemTime expected payout time, Unix milliseconds.
 */
public record UtaEarnRedeemMode(
        String redeemType,
        @Nullable BigDecimal redeemFeeRate,
        @Nullable BigDecimal remainQuota,
        @Nullable Integer redeemScale,
        @Nullable Integer redeemDelayDate,
        @Nullable BigDecimal minRedeemAmount,
        @Nullable Long redeemTime) {
}
