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
 * @param symbol symbol
 * @param coin coin
 * @param fee fee
 * @param volume volume
 * @param activityBonusDeduct activityBonusDeduct
 * @param spotCouponDeduct spotCouponDeduct
 * @param futuresCouponDeduct futuresCouponDeduct
 * @param spotFeeDiscountDeduct spotFeeDiscountDeduct
 * @param negativeMakerFeeDeduct negativeMakerFeeDeduct
 * @param feePaid feePaid
 * @param directCommission directCommission
 * @param subCommission subCommission
 * @param partnerCommission partnerCommission
 * @param partnerActualCommission partnerActualCommission
 * @param traderType e.g. trader.
 * @param apiType e.g. non_api.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param startCalculationTime startCalculationTime
 * @param endCalculationTime endCalculationTime
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
     * The bizType. {@code UNKNOWN} when this SDK version does not know the value; {@link #bizTypeRaw()} has the text as sent.
     */
    public @Nullable BrokerBizType bizType() {
        return bizTypeRaw == null ? null : BrokerBizType.fromWire(bizTypeRaw);
    }

    /**
     * The status. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public @Nullable BrokerCommissionStatus status() {
        return statusRaw == null ? null : BrokerCommissionStatus.fromWire(statusRaw);
    }
}
