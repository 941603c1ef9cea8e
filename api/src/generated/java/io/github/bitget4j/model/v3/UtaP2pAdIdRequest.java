// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one P2P ad.
 *
 * @param advId the ad id (required, sent as {@code advId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pAdIdRequest(
        String advId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("advId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pAdIdRequest {
        Require.text(advId, "advId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param advId the ad id (required, sent as {@code advId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pAdIdRequest(String advId) {
        this(advId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pAdIdRequest withExtraParam(String name, Object value) {
        return new UtaP2pAdIdRequest(advId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param advId the ad id (required, sent as {@code advId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaP2pAdIdRequest of(String advId) {
        return new UtaP2pAdIdRequest(advId, Map.of());
    }
}
