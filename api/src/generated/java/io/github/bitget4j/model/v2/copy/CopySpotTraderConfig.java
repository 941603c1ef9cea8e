// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spot trader's copy-trading configuration.
 *
 * @param removeLimitUsdt followers with less equity than this may be removed.
 * @param spotInfoList spot info list ({@code spotInfoList})
 * @param labelList label list ({@code labelList})
 * @param enableRaw the text Bitget sent for enable; read it as an enum with {@link #enable()}.
 * @param showAssetsMapRaw the text Bitget sent for showAssetsMap; read it as an enum with {@link #showAssetsMap()}.
 * @param showEquityRaw the text Bitget sent for showEquity; read it as an enum with {@link #showEquity()}.
 * @param traceSymbolList trace symbol list ({@code traceSymbolList})
 */
public record CopySpotTraderConfig(
        @Nullable BigDecimal removeLimitUsdt,
        @Nullable List<CopySpotTraderQuota> spotInfoList,
        @Nullable List<CopyTraderLabel> labelList,
        @SerializedName("enable") @Nullable String enableRaw,
        @SerializedName("showAssetsMap") @Nullable String showAssetsMapRaw,
        @SerializedName("showEquity") @Nullable String showEquityRaw,
        @Nullable List<CopySpotTraceSymbol> traceSymbolList) {

    /**
     * copy trading on or off.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #enableRaw()} has the text as sent)
     */
    public @Nullable CopyYesNo enable() {
        return enableRaw == null ? null : CopyYesNo.fromWire(enableRaw);
    }

    /**
     * asset composition shown to others.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #showAssetsMapRaw()} has the text as sent)
     */
    public @Nullable CopyYesNo showAssetsMap() {
        return showAssetsMapRaw == null ? null : CopyYesNo.fromWire(showAssetsMapRaw);
    }

    /**
     * total equity shown to others.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #showEquityRaw()} has the text as sent)
     */
    public @Nullable CopyYesNo showEquity() {
        return showEquityRaw == null ? null : CopyYesNo.fromWire(showEquityRaw);
    }
}
