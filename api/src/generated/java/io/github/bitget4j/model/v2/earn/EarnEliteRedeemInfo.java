// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Redemption options of an Elite holding.
 *
 * @param productId product id ({@code productId})
 * @param productSubId pass to redeem.
 * @param productCoin product coin ({@code productCoin})
 * @param subscriptionCoin subscription coin ({@code subscriptionCoin})
 * @param profitCoin profit coin ({@code profitCoin})
 * @param exchangeRate BGBTC and BGSOL only.
 * @param totalUnPayInterestAmount interest accrued, not yet paid.
 * @param preSettleApr rate applied on early settlement.
 * @param receivedCoin BGBTC and BGSOL only.
 * @param unsettledPoints unsettled points ({@code unsettledPoints})
 * @param bgusdReceiveCoinList bgusd receive coin list ({@code bgusdReceiveCoinList})
 * @param redeemModeList redeem mode list ({@code redeemModeList})
 */
public record EarnEliteRedeemInfo(
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
        @Nullable List<EarnEliteReceiveCoin> bgusdReceiveCoinList,
        @Nullable List<EarnEliteRedeemMode> redeemModeList) {
}
