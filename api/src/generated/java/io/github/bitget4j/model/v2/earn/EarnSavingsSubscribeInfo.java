// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Subscription limits and schedule of a savings product.
 *
 * @param singleMinAmount smallest amount per subscription.
 * @param singleMaxAmount largest amount per subscription.
 * @param remainingAmount quota left.
 * @param subscribePrecision decimals allowed in the amount.
 * @param profitPrecision profit precision ({@code profitPrecision})
 * @param subscribeTime subscribe time ({@code subscribeTime})
 * @param interestTime when interest starts.
 * @param settleTime when interest is paid.
 * @param expireTime end of term; fixed-term only.
 * @param redeemTime redeem time ({@code redeemTime})
 * @param settleMethodRaw the text Bitget sent for settleMethod; read it as an enum with {@link #settleMethod()}.
 * @param apyList apy list ({@code apyList})
 * @param redeemDelay redeem delay ({@code redeemDelay})
 */
public record EarnSavingsSubscribeInfo(
        BigDecimal singleMinAmount,
        BigDecimal singleMaxAmount,
        @Nullable BigDecimal remainingAmount,
        @Nullable Integer subscribePrecision,
        @Nullable Integer profitPrecision,
        @Nullable Instant subscribeTime,
        @Nullable Instant interestTime,
        @Nullable Instant settleTime,
        @Nullable Instant expireTime,
        @Nullable Instant redeemTime,
        @SerializedName("settleMethod") @Nullable String settleMethodRaw,
        @Nullable List<EarnSavingsApyTier> apyList,
        @Nullable String redeemDelay) {

    /**
     * The settleMethod.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #settleMethodRaw()} has the text as sent)
     */
    public @Nullable EarnSettleMethod settleMethod() {
        return settleMethodRaw == null ? null : EarnSettleMethod.fromWire(settleMethodRaw);
    }
}
