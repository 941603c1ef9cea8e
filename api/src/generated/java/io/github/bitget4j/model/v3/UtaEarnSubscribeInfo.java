// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The subscription terms of an Elite product.
 *
 * @param productSubId the sub-id to subscribe with.
 * @param minAmount smallest subscription.
 * @param remainQuota amount still open to subscription.
 * @param exchangeRate conversion rate.
 * @param productCoin e.g. BGUSD.
 * @param interestTime when interest starts, Unix milliseconds.
 * @param settleTime when it settles, Unix milliseconds.
 * @param precision decimal places of an amount.
 * @param feeRate fee rate.
 * @param subscriptionCoinList coins it can be bought with.
 */
public record UtaEarnSubscribeInfo(
        String productSubId,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal remainQuota,
        @Nullable BigDecimal exchangeRate,
        String productCoin,
        @Nullable Long interestTime,
        @Nullable Long settleTime,
        @Nullable Integer precision,
        @Nullable BigDecimal feeRate,
        @Nullable List<UtaEarnSubscriptionCoin> subscriptionCoinList) {
}
