// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Sells spot tracked orders of one symbol.
 *
 * @param trackingNoList required; tracking numbers to sell.
 * @param symbol required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopySpotSellRequest(
        List<String> trackingNoList,
        String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNoList", "symbol");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopySpotSellRequest {
        trackingNoList = Require.nonEmpty(trackingNoList, "trackingNoList");
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopySpotSellRequest(List<String> trackingNoList, String symbol) {
        this(trackingNoList, symbol, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopySpotSellRequest withExtraParam(String name, Object value) {
        return new CopySpotSellRequest(trackingNoList, symbol, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static CopySpotSellRequest of(List<String> trackingNoList, String symbol) {
        return new CopySpotSellRequest(trackingNoList, symbol, Map.of());
    }
}
