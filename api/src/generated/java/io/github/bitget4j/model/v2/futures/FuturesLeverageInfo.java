// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Leverage and margin mode of a symbol after a change.
 *
 * @param symbol symbol ({@code symbol})
 * @param marginCoin margin coin ({@code marginCoin})
 * @param longLeverage long leverage ({@code longLeverage})
 * @param shortLeverage short leverage ({@code shortLeverage})
 * @param crossMarginLeverage null in isolated mode.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 */
public record FuturesLeverageInfo(
        String symbol,
        String marginCoin,
        @Nullable BigDecimal longLeverage,
        @Nullable BigDecimal shortLeverage,
        @Nullable BigDecimal crossMarginLeverage,
        @SerializedName("marginMode") String marginModeRaw) {

    /**
     * The marginMode.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public MarginMode marginMode() {
        return MarginMode.fromWire(marginModeRaw);
    }
}
