// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A follower's spot settings for one trader.
 *
 * @param enableRaw the text Bitget sent for enable; read it as an enum with {@link #enable()}.
 * @param profitRate trader's profit share ratio.
 * @param settledInDays profit share settlement period, days.
 * @param tradeSettingList trade setting list ({@code tradeSettingList})
 * @param tradeSymbolSettingList trade symbol setting list ({@code tradeSymbolSettingList})
 * @param traderHeadPic trader head pic ({@code traderHeadPic})
 * @param traderName trader name ({@code traderName})
 */
public record CopySpotFollowerConfig(
        @SerializedName("enable") @Nullable String enableRaw,
        @Nullable BigDecimal profitRate,
        @Nullable Integer settledInDays,
        @Nullable List<CopySpotFollowerTradeSetting> tradeSettingList,
        @Nullable List<CopySpotFollowerSymbolLimits> tradeSymbolSettingList,
        @Nullable String traderHeadPic,
        @Nullable String traderName) {

    /**
     * whether the trader is followed.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #enableRaw()} has the text as sent)
     */
    public @Nullable CopyYesNo enable() {
        return enableRaw == null ? null : CopyYesNo.fromWire(enableRaw);
    }
}
