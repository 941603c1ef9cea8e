// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A virtual sub-account just created.
 *
 * @param subaAccountUid Bitget's spelling.
 * @param subaAccountName Bitget's spelling.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param label label
 * @param permList permList
 * @param cTime cTime
 * @param uTime uTime
 */
public record SubAccountCreated(
        String subaAccountUid,
        String subaAccountName,
        @SerializedName("status") String statusRaw,
        @Nullable String label,
        @Nullable List<String> permList,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * The status. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public SubAccountStatus status() {
        return SubAccountStatus.fromWire(statusRaw);
    }
}
