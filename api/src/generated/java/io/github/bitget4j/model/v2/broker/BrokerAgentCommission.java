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
 * @param coin coin ({@code coin})
 * @param symbol symbol ({@code symbol})
 * @param productTypeRaw the text Bitget sent for productType; read it as an enum with {@link #productType()}.
 * @param dealAmount traded amount, maker and taker.
 * @param fee fee ({@code fee})
 * @param feeDeduction fee deduction ({@code feeDeduction})
 * @param activityBonusDeduct activity bonus deduct ({@code activityBonusDeduct})
 * @param spotCouponDeduct spot coupon deduct ({@code spotCouponDeduct})
 * @param futuresCouponDeduct futures coupon deduct ({@code futuresCouponDeduct})
 * @param spotFeeDiscountDeduct spot fee discount deduct ({@code spotFeeDiscountDeduct})
 * @param negativeMakerFeeDeduct negative maker fee deduct ({@code negativeMakerFeeDeduct})
 * @param feePaid fee paid ({@code feePaid})
 * @param rebateAmount rebate amount ({@code rebateAmount})
 * @param userTotalRebateAmount user total rebate amount ({@code userTotalRebateAmount})
 * @param dayTotalRebateAmount day total rebate amount ({@code dayTotalRebateAmount})
 * @param totalRebateAmount total rebate amount ({@code totalRebateAmount})
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
     * The productType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #productTypeRaw()} has the text as sent)
     */
    public @Nullable Category productType() {
        return productTypeRaw == null ? null : Category.fromWire(productTypeRaw);
    }
}
