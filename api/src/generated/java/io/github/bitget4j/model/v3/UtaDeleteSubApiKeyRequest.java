// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one sub-account API key.
 *
 * @param apikey the key to delete (Bitget spells the field apikey) (required, sent as {@code apikey})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaDeleteSubApiKeyRequest(
        String apikey,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("apikey");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDeleteSubApiKeyRequest {
        Require.text(apikey, "apikey");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param apikey the key to delete (Bitget spells the field apikey) (required, sent as {@code apikey})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDeleteSubApiKeyRequest(String apikey) {
        this(apikey, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaDeleteSubApiKeyRequest withExtraParam(String name, Object value) {
        return new UtaDeleteSubApiKeyRequest(apikey, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets apikey; the rest stay unset.
     *
     * @param apikey the key to delete (Bitget spells the field apikey) (required, sent as {@code apikey})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaDeleteSubApiKeyRequest of(String apikey) {
        return new UtaDeleteSubApiKeyRequest(apikey, Map.of());
    }
}
