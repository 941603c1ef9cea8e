// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new agent sub-account.
 *
 * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as {@code username})
 * @param passphrase passphrase of its API key: 8 to 32 letters and digits (required, sent as {@code passphrase})
 * @param note your note (optional, sent as {@code note})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCreateAgentSubAccountRequest(
        String username,
        String passphrase,
        @Nullable String note,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("username", "passphrase", "note");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCreateAgentSubAccountRequest {
        Require.text(username, "username");
        Require.text(passphrase, "passphrase");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as {@code username})
     * @param passphrase passphrase of its API key: 8 to 32 letters and digits (required, sent as {@code passphrase})
     * @param note your note (optional, sent as {@code note})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCreateAgentSubAccountRequest(String username, String passphrase, @Nullable String note) {
        this(username, passphrase, note, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCreateAgentSubAccountRequest withExtraParam(String name, Object value) {
        return new UtaCreateAgentSubAccountRequest(username, passphrase, note, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets username, passphrase; the rest stay unset.
     *
     * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as {@code username})
     * @param passphrase passphrase of its API key: 8 to 32 letters and digits (required, sent as {@code passphrase})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaCreateAgentSubAccountRequest of(String username, String passphrase) {
        return new UtaCreateAgentSubAccountRequest(username, passphrase, null, Map.of());
    }
}
