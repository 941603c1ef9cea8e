// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin an Elite product can be bought with.
 *
 * @param subscriptionCoin e.g. USDT.
 * @param precision decimal places of an amount.
 * @param feeRate fee rate.
 * @param exchangeRate conversion rate to the product coin.
 * @param remainQuota amount still open to subscription.
 * @param minAmount smallest subscription.
 */
public record UtaEarnSubscriptionCoin(
        String subscriptionCoin,
        @Nullable Integer precision,
        @Nullable BigDecimal feeRate,
        @Nullable BigDecimal exchangeRate,
        @Nullable BigDecimal remainQuota,
        @Nullable BigDecimal minAmount) {
}
