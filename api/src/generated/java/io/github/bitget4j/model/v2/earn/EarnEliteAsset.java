// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Elite holding.
 *
 * @param productId productId
 * @param productCoin e.g. BGUSD.
 * @param holdingAmount holdingAmount
 * @param usdtHoldingAmount usdtHoldingAmount
 * @param exchangeRate exchangeRate
 * @param apr apr
 * @param minApy minApy
 * @param maxApy maxApy
 * @param subscriptionCoin subscriptionCoin
 * @param exchangeAmount exchangeAmount
 * @param projectList projectList
 * @param unsettledBGPoints unsettledBGPoints
 * @param interestCoin interestCoin
 * @param totalProfit totalProfit
 */
public record EarnEliteAsset(
        String productId,
        String productCoin,
        BigDecimal holdingAmount,
        @Nullable BigDecimal usdtHoldingAmount,
        @Nullable BigDecimal exchangeRate,
        @Nullable BigDecimal apr,
        @Nullable BigDecimal minApy,
        @Nullable BigDecimal maxApy,
        @Nullable String subscriptionCoin,
        @Nullable BigDecimal exchangeAmount,
        @Nullable List<EarnEliteProject> projectList,
        @Nullable BigDecimal unsettledBGPoints,
        @Nullable String interestCoin,
        @Nullable BigDecimal totalProfit) {
}
