// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The caller's merchant profile and statistics.
 *
 * @param registerTime register time ({@code registerTime})
 * @param nickName nick name ({@code nickName})
 * @param merchantId merchant id ({@code merchantId})
 * @param avgPaymentTime minutes.
 * @param avgReleaseTime minutes.
 * @param totalTrades total trades ({@code totalTrades})
 * @param totalBuy total buy ({@code totalBuy})
 * @param totalSell total sell ({@code totalSell})
 * @param totalCompletionRate total completion rate ({@code totalCompletionRate})
 * @param trades30d trades30d ({@code trades30d})
 * @param sell30d sell30d ({@code sell30d})
 * @param buy30d buy30d ({@code buy30d})
 * @param completionRate30d completion rate30d ({@code completionRate30d})
 * @param kycStatus kyc status ({@code kycStatus})
 * @param emailBindStatus email bind status ({@code emailBindStatus})
 * @param mobileBindStatus mobile bind status ({@code mobileBindStatus})
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
