// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;

/**
 * The BGB fee deduction setting.
 *
 * @param deductRaw the text Bitget sent for deduct; read it as an enum with {@link #deduct()}.
 */
public record UtaDeductInfo(
        @SerializedName("deduct") String deductRaw) {

    /**
     * The deduct.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #deductRaw()} has the text as sent)
     */
    public UtaSwitch deduct() {
        return UtaSwitch.fromWire(deductRaw);
    }
}
