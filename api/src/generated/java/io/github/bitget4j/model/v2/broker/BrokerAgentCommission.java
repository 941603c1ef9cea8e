// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.Category;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Daily commission from one direct customer.
 *
 * @param uid customer UID.
 * @param date day of the commission (UTC+8).
 * @param coin coin
 * @param symbol symbol
 * @param productTypeRaw the text Bitget sent for productType; read it as an enum with {@link #productType()}.
 * @param dealAmount traded amount, maker and taker.
 * @param fee fee
 * @param feeDeduction feeDeduction
 * @param activityBonusDeduct activityBonusDeduct
 * @param spotCouponDeduct spotCouponDeduct
 * @param futuresCouponDeduct futuresCouponDeduct
 * @param spotFeeDiscountDeduct spotFeeDiscountDeduct
 * @param negativeMakerFeeDeduct negativeMakerFeeDeduct
 * @param feePaid feePaid
 * @param rebateAmount rebateAmount
 * @param userTotalRebateAmount userTotalRebateAmount
 * @param dayTotalRebateAmount dayTotalRebateAmount
 * @param totalRebateAmount totalRebateAmount
 */
public record BrokerAgentCommission(
        String uid,
        @Nullable Instant date,
        @Nullable String coin,
        @Nullable String symbol,
        @SerializedName("productType") @Nullable String productTypeRaw,
        @Nullable BigDecimal dealAmount,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal feeDeduction,
        @Nullable BigDecimal activityBonusDeduct,
        @Nullable BigDecimal spotCouponDeduct,
        @Nullable BigDecimal futuresCouponDeduct,
        @Nullable BigDecimal spotFeeDiscountDeduct,
        @Nullable BigDecimal negativeMakerFeeDeduct,
        @Nullable BigDecimal feePaid,
        @Nullable BigDecimal rebateAmount,
        @Nullable BigDecimal userTotalRebateAmount,
        @Nullable BigDecimal dayTotalRebateAmount,
        @Nullable BigDecimal totalRebateAmount) {

    /**
     * The productType. {@code UNKNOWN} when this SDK version does not know the value; {@link #productTypeRaw()} has the text as sent.
     */
    public @Nullable Category productType() {
        return productTypeRaw == null ? null : Category.fromWire(productTypeRaw);
    }
}
