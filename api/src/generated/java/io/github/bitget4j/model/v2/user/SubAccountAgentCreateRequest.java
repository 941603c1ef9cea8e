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
 * @param username required; lowercase letters, at most 20; becomes the virtual e-mail name.
 * @param passphrase required; the key's passphrase, 8-32 letters and digits; secret: never log.
 * @param note optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SubAccountAgentCreateRequest(
        String username,
        String passphrase,
        @Nullable String note,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("username", "passphrase", "note");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SubAccountAgentCreateRequest {
        Require.text(username, "username");
        Require.text(passphrase, "passphrase");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SubAccountAgentCreateRequest(String username, String passphrase, @Nullable String note) {
        this(username, passphrase, note, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SubAccountAgentCreateRequest withExtraParam(String name, Object value) {
        return new SubAccountAgentCreateRequest(username, passphrase, note, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SubAccountAgentCreateRequest of(String username, String passphrase) {
        return new SubAccountAgentCreateRequest(username, passphrase, null, Map.of());
    }
}
