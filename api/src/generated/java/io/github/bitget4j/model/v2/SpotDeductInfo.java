// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;

/**
 * The BGB fee setting.
 *
 * @param deductRaw the text Bitget sent for deduct; read it as an enum with {@link #deduct()}.
 */
public record SpotDeductInfo(
        @SerializedName("deduct") String deductRaw) {

    /**
     * on or off.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #deductRaw()} has the text as sent)
     */
    public SpotBgbDeduct deduct() {
        return SpotBgbDeduct.fromWire(deductRaw);
    }
}
