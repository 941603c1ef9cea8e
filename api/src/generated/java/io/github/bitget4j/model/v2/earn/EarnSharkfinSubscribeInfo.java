// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Subscription details of a shark fin product.
 *
 * @param productCoin product coin ({@code productCoin})
 * @param subscribeCoin subscribe coin ({@code subscribeCoin})
 * @param interestTime interest time ({@code interestTime})
 * @param expirationTime expiration time ({@code expirationTime})
 * @param minPrice lower bound of the price range.
 * @param currentPrice current price ({@code currentPrice})
 * @param maxPrice upper bound of the price range.
 * @param minRate min rate ({@code minRate})
 * @param defaultRate default rate ({@code defaultRate})
 * @param maxRate max rate ({@code maxRate})
 * @param period term in days.
 * @param productMinAmount smallest subscription.
 * @param availableBalance your balance usable to subscribe.
 * @param userAmount what you may still subscribe.
 * @param remainingAmount quota left.
 * @param profitPrecision profit precision ({@code profitPrecision})
 * @param subscribePrecision decimals allowed in the amount.
 */
public record EarnSharkfinSubscribeInfo(
        String productCoin,
        String subscribeCoin,
        @Nullable Instant interestTime,
        @Nullable Instant expirationTime,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal currentPrice,
        @Nullable BigDecimal maxPrice,
        @Nullable BigDecimal minRate,
        @Nullable BigDecimal defaultRate,
        @Nullable BigDecimal maxRate,
        @Nullable Integer period,
        @Nullable BigDecimal productMinAmount,
        @Nullable BigDecimal availableBalance,
        @Nullable BigDecimal userAmount,
        @Nullable BigDecimal remainingAmount,
        @Nullable Integer profitPrecision,
        @Nullable Integer subscribePrecision) {
}
