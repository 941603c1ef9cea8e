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
 * @param minAmount minAmount
 * @param remainQuota remainQuota
 * @param exchangeRate BGBTC and BGSOL only.
 * @param productCoin productCoin
 * @param interestTime interestTime
 * @param settleTime settleTime
 * @param precision precision
 * @param feeRate feeRate
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
