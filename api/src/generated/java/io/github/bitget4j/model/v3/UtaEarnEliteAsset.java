// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A holding in one Elite product.
 *
 * @param productId the product id.
 * @param productCoin e.g. BGUSD.
 * @param holdingAmount amount held.
 * @param usdtHoldingAmount value in USDT.
 * @param exchangeRate conversion rate.
 * @param apr yearly rate.
 * @param minApy lowest yearly yield.
 * @param maxApy highest yearly yield.
 * @param subscriptionCoin coin it was bought with.
 * @param exchangeAmount amount after conversion.
 * @param projectList the projects behind the product.
 * @param unsettledBGPoints points not yet settled.
 * @param interestCoin coin interest is paid in.
 * @param totalProfit total profit.
 */
public record UtaEarnEliteAsset(
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
        @Nullable List<UtaEarnProject> projectList,
        @Nullable BigDecimal unsettledBGPoints,
        @Nullable String interestCoin,
        @Nullable BigDecimal totalProfit) {
}
