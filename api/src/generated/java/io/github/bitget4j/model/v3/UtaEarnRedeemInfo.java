// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The redemption terms of an Elite product.
 *
 * @param productId the product id.
 * @param productSubId the product sub-id.
 * @param productCoin e.g. BGUSD.
 * @param subscriptionCoin coin it was bought with.
 * @param profitCoin coin profit is paid in.
 * @param exchangeRate conversion rate (BGBTC, BGSOL).
 * @param totalUnPayInterestAmount interest not yet paid.
 * @param preSettleApr yearly rate on early settlement.
 * @param receivedCoin coin received (BGBTC, BGSOL).
 * @param unsettledPoints points not yet settled (BGBTC).
 * @param bgusdReceiveCoinList coins BGUSD can be redeemed into.
 * @param redeemModeList the redemption modes.
 */
public record UtaEarnRedeemInfo(
        String productId,
        String productSubId,
        String productCoin,
        @Nullable String subscriptionCoin,
        @Nullable String profitCoin,
        @Nullable BigDecimal exchangeRate,
        @Nullable BigDecimal totalUnPayInterestAmount,
        @Nullable BigDecimal preSettleApr,
        @Nullable String receivedCoin,
        @Nullable BigDecimal unsettledPoints,
        @Nullable List<UtaEarnBgusdReceiveCoin> bgusdReceiveCoinList,
        @Nullable List<UtaEarnRedeemMode> redeemModeList) {
}
