// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Terms of one Elite redemption speed.
 *
 * @param redeemFeeRate redeem fee rate ({@code redeemFeeRate})
 * @param remainQuota remain quota ({@code remainQuota})
 * @param redeemTypeRaw the text Bitget sent for redeemType; read it as an enum with {@link #redeemType()}.
 * @param redeemScale decimals allowed in the amount.
 * @param redeemDelayDate days until paid.
 * @param minRedeemAmount min redeem amount ({@code minRedeemAmount})
 * @param redeemTime expected payment time.
 */
public record EarnEliteRedeemMode(
        @Nullable BigDecimal redeemFeeRate,
        @Nullable BigDecimal remainQuota,
        @SerializedName("redeemType") String redeemTypeRaw,
        @Nullable Integer redeemScale,
        @Nullable Integer redeemDelayDate,
        @Nullable BigDecimal minRedeemAmount,
        @Nullable Instant redeemTime) {

    /**
     * The redeemType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #redeemTypeRaw()} has the text as sent)
     */
    public EarnEliteRedeemType redeemType() {
        return EarnEliteRedeemType.fromWire(redeemTypeRaw);
    }
}
