// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new virtual sub-account.
 *
 * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as {@code username})
 * @param accountMode classic or unified (optional, sent as {@code accountMode})
 * @param note your note, at most 50 characters (optional, sent as {@code note})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCreateSubAccountRequest(
        String username,
        @Nullable UtaSubAccountMode accountMode,
        @Nullable String note,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("username", "accountMode", "note");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCreateSubAccountRequest {
        Require.text(username, "username");
        Require.knownIfPresent(accountMode, "accountMode");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as {@code username})
     * @param accountMode classic or unified (optional, sent as {@code accountMode})
     * @param note your note, at most 50 characters (optional, sent as {@code note})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCreateSubAccountRequest(String username, @Nullable UtaSubAccountMode accountMode, @Nullable String note) {
        this(username, accountMode, note, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCreateSubAccountRequest withExtraParam(String name, Object value) {
        return new UtaCreateSubAccountRequest(username, accountMode, note, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets username; the rest stay unset.
     *
     * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as {@code username})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaCreateSubAccountRequest of(String username) {
        return new UtaCreateSubAccountRequest(username, null, null, Map.of());
    }
}
