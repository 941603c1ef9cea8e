// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Subscription details of an Elite product.
 *
 * @param productSubId pass to subscribe.
 * @param minAmount min amount ({@code minAmount})
 * @param remainQuota remain quota ({@code remainQuota})
 * @param exchangeRate BGBTC and BGSOL only.
 * @param productCoin product coin ({@code productCoin})
 * @param interestTime interest time ({@code interestTime})
 * @param settleTime settle time ({@code settleTime})
 * @param precision precision ({@code precision})
 * @param feeRate fee rate ({@code feeRate})
 * @param subscriptionCoinList BGUSD only.
 */
public record EarnEliteSubscribeInfo(
        String productSubId,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal remainQuota,
        @Nullable BigDecimal exchangeRate,
        String productCoin,
        @Nullable Instant interestTime,
        @Nullable Instant settleTime,
        @Nullable Integer precision,
        @Nullable BigDecimal feeRate,
        @Nullable List<EarnEliteSubscriptionCoin> subscriptionCoinList) {
}
