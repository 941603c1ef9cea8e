// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Commission detail of one partner.
 *
 * @param uid partner UID.
 * @param bizTypeRaw the text Bitget sent for bizType; read it as an enum with {@link #bizType()}.
 * @param subBizType e.g. spot, margin, usdt_futures.
 * @param symbol symbol ({@code symbol})
 * @param coin coin ({@code coin})
 * @param fee fee ({@code fee})
 * @param volume volume ({@code volume})
 * @param activityBonusDeduct activity bonus deduct ({@code activityBonusDeduct})
 * @param spotCouponDeduct spot coupon deduct ({@code spotCouponDeduct})
 * @param futuresCouponDeduct futures coupon deduct ({@code futuresCouponDeduct})
 * @param spotFeeDiscountDeduct spot fee discount deduct ({@code spotFeeDiscountDeduct})
 * @param negativeMakerFeeDeduct negative maker fee deduct ({@code negativeMakerFeeDeduct})
 * @param feePaid fee paid ({@code feePaid})
 * @param directCommission direct commission ({@code directCommission})
 * @param subCommission sub commission ({@code subCommission})
 * @param partnerCommission partner commission ({@code partnerCommission})
 * @param partnerActualCommission partner actual commission ({@code partnerActualCommission})
 * @param traderType e.g. trader.
 * @param apiType e.g. non_api.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param startCalculationTime start calculation time ({@code startCalculationTime})
 * @param endCalculationTime end calculation time ({@code endCalculationTime})
 */
public record BrokerAgentCommissionDetail(
        String uid,
        @SerializedName("bizType") @Nullable String bizTypeRaw,
        @Nullable String subBizType,
        @Nullable String symbol,
        @Nullable String coin,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal volume,
        @Nullable BigDecimal activityBonusDeduct,
        @Nullable BigDecimal spotCouponDeduct,
        @Nullable BigDecimal futuresCouponDeduct,
        @Nullable BigDecimal spotFeeDiscountDeduct,
        @Nullable BigDecimal negativeMakerFeeDeduct,
        @Nullable BigDecimal feePaid,
        @Nullable BigDecimal directCommission,
        @Nullable BigDecimal subCommission,
        @Nullable BigDecimal partnerCommission,
        @Nullable BigDecimal partnerActualCommission,
        @Nullable String traderType,
        @Nullable String apiType,
        @SerializedName("status") @Nullable String statusRaw,
        @Nullable Instant startCalculationTime,
        @Nullable Instant endCalculationTime) {

    /**
     * The bizType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #bizTypeRaw()} has the text as sent)
     */
    public @Nullable BrokerBizType bizType() {
        return bizTypeRaw == null ? null : BrokerBizType.fromWire(bizTypeRaw);
    }

    /**
     * The status.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public @Nullable BrokerCommissionStatus status() {
        return statusRaw == null ? null : BrokerCommissionStatus.fromWire(statusRaw);
    }
}
