// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param trackingNoList at most 50; either all succeed or none (required, not empty, sent as {@code trackingNoList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyTrackingNosRequest(
        List<String> trackingNoList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNoList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyTrackingNosRequest {
        trackingNoList = Require.nonEmpty(trackingNoList, "trackingNoList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param trackingNoList at most 50; either all succeed or none (required, not empty, sent as {@code trackingNoList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyTrackingNosRequest(List<String> trackingNoList) {
        this(trackingNoList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyTrackingNosRequest withExtraParam(String name, Object value) {
        return new CopyTrackingNosRequest(trackingNoList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param trackingNoList at most 50; either all succeed or none (required, not empty, sent as {@code trackingNoList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyTrackingNosRequest of(List<String> trackingNoList) {
        return new CopyTrackingNosRequest(trackingNoList, Map.of());
    }
}
