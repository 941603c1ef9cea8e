// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param trackingNoList required; at most 50; either all succeed or none.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyTrackingNosRequest(
        List<String> trackingNoList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNoList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyTrackingNosRequest {
        trackingNoList = Require.nonEmpty(trackingNoList, "trackingNoList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyTrackingNosRequest(List<String> trackingNoList) {
        this(trackingNoList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyTrackingNosRequest withExtraParam(String name, Object value) {
        return new CopyTrackingNosRequest(trackingNoList, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static CopyTrackingNosRequest of(List<String> trackingNoList) {
        return new CopyTrackingNosRequest(trackingNoList, Map.of());
    }
}
