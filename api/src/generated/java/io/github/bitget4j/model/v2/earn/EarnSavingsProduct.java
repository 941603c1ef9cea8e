// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One savings product.
 *
 * @param productId product id ({@code productId})
 * @param coin coin to subscribe.
 * @param periodTypeRaw the text Bitget sent for periodType; read it as an enum with {@link #periodType()}.
 * @param period term in days; absent for flexible products.
 * @param apyTypeRaw the text Bitget sent for apyType; read it as an enum with {@link #apyType()}.
 * @param advanceRedeem whether a fixed-term product may be redeemed early.
 * @param settleMethodRaw the text Bitget sent for settleMethod; read it as an enum with {@link #settleMethod()}.
 * @param apyList apy list ({@code apyList})
 * @param status e.g. not_started, in_progress.
 * @param productLevel e.g. normal.
 */
public record EarnSavingsProduct(
        String productId,
        String coin,
        @SerializedName("periodType") String periodTypeRaw,
        @Nullable Integer period,
        @SerializedName("apyType") @Nullable String apyTypeRaw,
        @Nullable String advanceRedeem,
        @SerializedName("settleMethod") @Nullable String settleMethodRaw,
        @Nullable List<EarnSavingsApyTier> apyList,
        String status,
        @Nullable String productLevel) {

    /**
     * The periodType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #periodTypeRaw()} has the text as sent)
     */
    public EarnPeriodType periodType() {
        return EarnPeriodType.fromWire(periodTypeRaw);
    }

    /**
     * The apyType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #apyTypeRaw()} has the text as sent)
     */
    public @Nullable EarnApyType apyType() {
        return apyTypeRaw == null ? null : EarnApyType.fromWire(apyTypeRaw);
    }

    /**
     * The settleMethod.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #settleMethodRaw()} has the text as sent)
     */
    public @Nullable EarnSettleMethod settleMethod() {
        return settleMethodRaw == null ? null : EarnSettleMethod.fromWire(settleMethodRaw);
    }
}
