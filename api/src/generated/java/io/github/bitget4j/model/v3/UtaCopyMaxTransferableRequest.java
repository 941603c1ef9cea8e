// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names the coin.
 *
 * @param coin required; e.g. USDT.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCopyMaxTransferableRequest(
        String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCopyMaxTransferableRequest {
        Require.text(coin, "coin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCopyMaxTransferableRequest(String coin) {
        this(coin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCopyMaxTransferableRequest withExtraParam(String name, Object value) {
        return new UtaCopyMaxTransferableRequest(coin, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaCopyMaxTransferableRequest of(String coin) {
        return new UtaCopyMaxTransferableRequest(coin, Map.of());
    }
}
