// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;

/**
 * FuturesPositionModeResult.
 *
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 */
public record FuturesPositionModeResult(
        @SerializedName("posMode") String posModeRaw) {

    /**
     * The posMode.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public FuturesPosMode posMode() {
        return FuturesPosMode.fromWire(posModeRaw);
    }
}
