// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A follower's settings for one trader.
 *
 * @param followerEnableRaw the text Bitget sent for followerEnable; read it as an enum with {@link #followerEnable()}.
 * @param detailList detail list ({@code detailList})
 */
public record CopyFuturesFollowerSettings(
        @SerializedName("followerEnable") @Nullable String followerEnableRaw,
        @Nullable List<CopyFuturesFollowerSymbolSetting> detailList) {

    /**
     * whether the trader is followed.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #followerEnableRaw()} has the text as sent)
     */
    public @Nullable CopyYesNo followerEnable() {
        return followerEnableRaw == null ? null : CopyYesNo.fromWire(followerEnableRaw);
    }
}
