// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How one symbol of a trader is copied.
 *
 * @param symbol symbol ({@code symbol})
 * @param productType product type ({@code productType})
 * @param marginTypeRaw the text Bitget sent for marginType; read it as an enum with {@link #marginType()}.
 * @param marginCoin margin coin ({@code marginCoin})
 * @param leverTypeRaw the text Bitget sent for leverType; read it as an enum with {@link #leverType()}.
 * @param longLeverage long leverage ({@code longLeverage})
 * @param shortLeverage short leverage ({@code shortLeverage})
 * @param traceTypeRaw the text Bitget sent for traceType; read it as an enum with {@link #traceType()}.
 * @param traceValue trace value ({@code traceValue})
 * @param maxHoldSize max hold size ({@code maxHoldSize})
 * @param stopSurplusRatio stop surplus ratio ({@code stopSurplusRatio})
 * @param stopLossRatio stop loss ratio ({@code stopLossRatio})
 */
public record CopyFuturesFollowerSymbolSetting(
        String symbol,
        @Nullable String productType,
        @SerializedName("marginType") @Nullable String marginTypeRaw,
        @Nullable String marginCoin,
        @SerializedName("leverType") @Nullable String leverTypeRaw,
        @Nullable BigDecimal longLeverage,
        @Nullable BigDecimal shortLeverage,
        @SerializedName("traceType") @Nullable String traceTypeRaw,
        @Nullable BigDecimal traceValue,
        @Nullable BigDecimal maxHoldSize,
        @Nullable BigDecimal stopSurplusRatio,
        @Nullable BigDecimal stopLossRatio) {

    /**
     * The marginType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginTypeRaw()} has the text as sent)
     */
    public @Nullable CopyMarginType marginType() {
        return marginTypeRaw == null ? null : CopyMarginType.fromWire(marginTypeRaw);
    }

    /**
     * The leverType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #leverTypeRaw()} has the text as sent)
     */
    public @Nullable CopyLeverType leverType() {
        return leverTypeRaw == null ? null : CopyLeverType.fromWire(leverTypeRaw);
    }

    /**
     * The traceType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #traceTypeRaw()} has the text as sent)
     */
    public @Nullable CopyTraceType traceType() {
        return traceTypeRaw == null ? null : CopyTraceType.fromWire(traceTypeRaw);
    }
}
