// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How one symbol of a trader is copied.
 *
 * @param symbol symbol
 * @param productType productType
 * @param marginTypeRaw the text Bitget sent for marginType; read it as an enum with {@link #marginType()}.
 * @param marginCoin marginCoin
 * @param leverTypeRaw the text Bitget sent for leverType; read it as an enum with {@link #leverType()}.
 * @param longLeverage longLeverage
 * @param shortLeverage shortLeverage
 * @param traceTypeRaw the text Bitget sent for traceType; read it as an enum with {@link #traceType()}.
 * @param traceValue traceValue
 * @param maxHoldSize maxHoldSize
 * @param stopSurplusRatio stopSurplusRatio
 * @param stopLossRatio stopLossRatio
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
     * The marginType. {@code UNKNOWN} when this SDK version does not know the value; {@link #marginTypeRaw()} has the text as sent.
     */
    public @Nullable CopyMarginType marginType() {
        return marginTypeRaw == null ? null : CopyMarginType.fromWire(marginTypeRaw);
    }

    /**
     * The leverType. {@code UNKNOWN} when this SDK version does not know the value; {@link #leverTypeRaw()} has the text as sent.
     */
    public @Nullable CopyLeverType leverType() {
        return leverTypeRaw == null ? null : CopyLeverType.fromWire(leverTypeRaw);
    }

    /**
     * The traceType. {@code UNKNOWN} when this SDK version does not know the value; {@link #traceTypeRaw()} has the text as sent.
     */
    public @Nullable CopyTraceType traceType() {
        return traceTypeRaw == null ? null : CopyTraceType.fromWire(traceTypeRaw);
    }
}
