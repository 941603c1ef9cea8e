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
 * @param label label ({@code label})
 * @param permList perm list ({@code permList})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
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
     * The status.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public SubAccountStatus status() {
        return SubAccountStatus.fromWire(statusRaw);
    }
}
