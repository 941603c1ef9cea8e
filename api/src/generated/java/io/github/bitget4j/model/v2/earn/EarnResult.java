// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of an earn subscription or redemption.
 *
 * @param resultRaw the text Bitget sent for result; read it as an enum with {@link #result()}.
 * @param msg error text when result is fail.
 */
public record EarnResult(
        @SerializedName("result") String resultRaw,
        @Nullable String msg) {

    /**
     * The result.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #resultRaw()} has the text as sent)
     */
    public EarnResultStatus result() {
        return EarnResultStatus.fromWire(resultRaw);
    }
}
