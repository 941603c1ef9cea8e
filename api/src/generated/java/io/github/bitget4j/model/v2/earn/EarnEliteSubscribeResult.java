// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;

/**
 * State of an Elite subscription.
 *
 * @param resultRaw the text Bitget sent for result; read it as an enum with {@link #result()}.
 */
public record EarnEliteSubscribeResult(
        @SerializedName("result") String resultRaw) {

    /**
     * The result.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #resultRaw()} has the text as sent)
     */
    public EarnEliteSubscribeStatus result() {
        return EarnEliteSubscribeStatus.fromWire(resultRaw);
    }
}
