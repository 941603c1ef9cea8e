// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one sub-account API key.
 *
 * @param apikey required; the key to delete (Bitget spells the field apikey).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaDeleteSubApiKeyRequest(
        String apikey,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("apikey");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaDeleteSubApiKeyRequest {
        Require.text(apikey, "apikey");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaDeleteSubApiKeyRequest(String apikey) {
        this(apikey, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaDeleteSubApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaDeleteSubApiKeyRequest(apikey, Require.withExtra(extraParams, name, value));
    }

    /** Sets apikey; the rest stay unset. */
    public static UtaDeleteSubApiKeyRequest of(String apikey) {
        return new UtaDeleteSubApiKeyRequest(apikey, Map.of());
    }
}
