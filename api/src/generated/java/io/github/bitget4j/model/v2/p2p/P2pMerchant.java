// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Public profile and statistics of one merchant.
 *
 * @param registerTime register time ({@code registerTime})
 * @param nickName nick name ({@code nickName})
 * @param isOnline yes or no.
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
 */
public record P2pMerchant(
        @Nullable Instant registerTime,
        String nickName,
        @Nullable String isOnline,
        @Nullable BigDecimal avgPaymentTime,
        @Nullable BigDecimal avgReleaseTime,
        @Nullable Long totalTrades,
        @Nullable Long totalBuy,
        @Nullable Long totalSell,
        @Nullable BigDecimal totalCompletionRate,
        @Nullable Long trades30d,
        @Nullable Long sell30d,
        @Nullable Long buy30d,
        @Nullable BigDecimal completionRate30d) {
}
