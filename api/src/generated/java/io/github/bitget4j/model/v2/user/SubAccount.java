// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One virtual sub-account.
 *
 * @param subAccountUid sub account uid ({@code subAccountUid})
 * @param subAccountName the generated virtual e-mail address.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param permList e.g. spot_trade, margin_trade, contract_trade, read.
 * @param label note.
 * @param accountType e.g. hosting for a managed sub-account.
 * @param bindingTime when a managed sub-account was bound.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record SubAccount(
        String subAccountUid,
        String subAccountName,
        @SerializedName("status") String statusRaw,
        @Nullable List<String> permList,
        @Nullable String label,
        @Nullable String accountType,
        @Nullable Instant bindingTime,
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
