// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin an Elite product can be subscribed with.
 *
 * @param subscriptionCoin subscription coin ({@code subscriptionCoin})
 * @param precision decimals allowed in the amount.
 * @param feeRate fee rate ({@code feeRate})
 * @param exchangeRate product coins per subscription coin.
 * @param remainQuota remain quota ({@code remainQuota})
 * @param minAmount min amount ({@code minAmount})
 */
public record EarnEliteSubscriptionCoin(
        String subscriptionCoin,
        @Nullable Integer precision,
        @Nullable BigDecimal feeRate,
        @Nullable BigDecimal exchangeRate,
        @Nullable BigDecimal remainQuota,
        @Nullable BigDecimal minAmount) {
}
