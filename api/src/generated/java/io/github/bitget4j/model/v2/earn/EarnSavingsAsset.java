// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One savings holding.
 *
 * @param productId product id ({@code productId})
 * @param orderId order id ({@code orderId})
 * @param productCoin coin subscribed.
 * @param interestCoin coin interest is paid in.
 * @param periodTypeRaw the text Bitget sent for periodType; read it as an enum with {@link #periodType()}.
 * @param period term in days; absent for flexible products.
 * @param holdAmount hold amount ({@code holdAmount})
 * @param lastProfit interest of the last settlement.
 * @param totalProfit total profit ({@code totalProfit})
 * @param holdDays hold days ({@code holdDays})
 * @param status e.g. in_holding.
 * @param allowRedemption whether it can be redeemed now.
 * @param productLevel e.g. normal.
 * @param apy apy ({@code apy})
 */
public record EarnSavingsAsset(
        String productId,
        @Nullable String orderId,
        String productCoin,
        @Nullable String interestCoin,
        @SerializedName("periodType") String periodTypeRaw,
        @Nullable Integer period,
        BigDecimal holdAmount,
        @Nullable BigDecimal lastProfit,
        @Nullable BigDecimal totalProfit,
        @Nullable Integer holdDays,
        String status,
        @Nullable String allowRedemption,
        @Nullable String productLevel,
        @Nullable List<EarnSavingsAssetApy> apy) {

    /**
     * The periodType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #periodTypeRaw()} has the text as sent)
     */
    public EarnPeriodType periodType() {
        return EarnPeriodType.fromWire(periodTypeRaw);
    }
}
