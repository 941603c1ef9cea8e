// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Elite holding.
 *
 * @param productId product id ({@code productId})
 * @param productCoin e.g. BGUSD.
 * @param holdingAmount holding amount ({@code holdingAmount})
 * @param usdtHoldingAmount usdt holding amount ({@code usdtHoldingAmount})
 * @param exchangeRate exchange rate ({@code exchangeRate})
 * @param apr apr ({@code apr})
 * @param minApy min apy ({@code minApy})
 * @param maxApy max apy ({@code maxApy})
 * @param subscriptionCoin subscription coin ({@code subscriptionCoin})
 * @param exchangeAmount exchange amount ({@code exchangeAmount})
 * @param projectList project list ({@code projectList})
 * @param unsettledBGPoints unsettled bgpoints ({@code unsettledBGPoints})
 * @param interestCoin interest coin ({@code interestCoin})
 * @param totalProfit total profit ({@code totalProfit})
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
