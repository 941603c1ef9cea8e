// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The caller's merchant profile and statistics.
 *
 * @param registerTime registerTime
 * @param nickName nickName
 * @param merchantId merchantId
 * @param avgPaymentTime minutes.
 * @param avgReleaseTime minutes.
 * @param totalTrades totalTrades
 * @param totalBuy totalBuy
 * @param totalSell totalSell
 * @param totalCompletionRate totalCompletionRate
 * @param trades30d trades30d
 * @param sell30d sell30d
 * @param buy30d buy30d
 * @param completionRate30d completionRate30d
 * @param kycStatus kycStatus
 * @param emailBindStatus emailBindStatus
 * @param mobileBindStatus mobileBindStatus
 * @param email masked.
 * @param mobile masked.
 */
public record P2pMerchantInfo(
        @Nullable Instant registerTime,
        String nickName,
        String merchantId,
        @Nullable BigDecimal avgPaymentTime,
        @Nullable BigDecimal avgReleaseTime,
        @Nullable Long totalTrades,
        @Nullable Long totalBuy,
        @Nullable Long totalSell,
        @Nullable BigDecimal totalCompletionRate,
        @Nullable Long trades30d,
        @Nullable Long sell30d,
        @Nullable Long buy30d,
        @Nullable BigDecimal completionRate30d,
        @Nullable Boolean kycStatus,
        @Nullable Boolean emailBindStatus,
        @Nullable Boolean mobileBindStatus,
        @Nullable String email,
        @Nullable String mobile) {
}
