// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One shark fin holding.
 *
 * @param productId product id ({@code productId})
 * @param interestStartTime interest start time ({@code interestStartTime})
 * @param interestEndTime interest end time ({@code interestEndTime})
 * @param productCoin product coin ({@code productCoin})
 * @param subscribeCoin subscribe coin ({@code subscribeCoin})
 * @param trendRaw the text Bitget sent for trend; read it as an enum with {@link #trend()}.
 * @param settleTime settle time ({@code settleTime})
 * @param interestAmount empty until settled.
 * @param productStatus e.g. running.
 */
public record EarnSharkfinAsset(
        String productId,
        @Nullable Instant interestStartTime,
        @Nullable Instant interestEndTime,
        String productCoin,
        String subscribeCoin,
        @SerializedName("trend") @Nullable String trendRaw,
        @Nullable Instant settleTime,
        @Nullable BigDecimal interestAmount,
        @Nullable String productStatus) {

    /**
     * The trend.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #trendRaw()} has the text as sent)
     */
    public @Nullable EarnSharkfinTrend trend() {
        return trendRaw == null ? null : EarnSharkfinTrend.fromWire(trendRaw);
    }
}
