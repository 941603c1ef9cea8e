// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one trader.
 *
 * @param traderId required; the trader's user id.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyTraderIdRequest(
        String traderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("traderId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyTraderIdRequest {
        Require.text(traderId, "traderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyTraderIdRequest(String traderId) {
        this(traderId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyTraderIdRequest withExtraParam(String name, Object value) {
        return new CopyTraderIdRequest(traderId, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static CopyTraderIdRequest of(String traderId) {
        return new CopyTraderIdRequest(traderId, Map.of());
    }
}
