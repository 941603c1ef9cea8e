// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param username lowercase letters, at most 20; becomes the virtual e-mail name (required, sent as {@code username})
 * @param passphrase the key's passphrase, 8-32 letters and digits; secret: never log (required, sent as {@code passphrase})
 * @param note note (optional, sent as {@code note})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountAgentCreateRequest(
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
    public SubAccountAgentCreateRequest {
        Require.text(username, "username");
        Require.text(passphrase, "passphrase");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param username lowercase letters, at most 20; becomes the virtual e-mail name (required, sent as {@code username})
     * @param passphrase the key's passphrase, 8-32 letters and digits; secret: never log (required, sent as {@code passphrase})
     * @param note note (optional, sent as {@code note})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SubAccountAgentCreateRequest(String username, String passphrase, @Nullable String note) {
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
    public SubAccountAgentCreateRequest withExtraParam(String name, Object value) {
        return new SubAccountAgentCreateRequest(username, passphrase, note, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param username lowercase letters, at most 20; becomes the virtual e-mail name (required, sent as {@code username})
     * @param passphrase the key's passphrase, 8-32 letters and digits; secret: never log (required, sent as {@code passphrase})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SubAccountAgentCreateRequest of(String username, String passphrase) {
        return new SubAccountAgentCreateRequest(username, passphrase, null, Map.of());
    }
}
