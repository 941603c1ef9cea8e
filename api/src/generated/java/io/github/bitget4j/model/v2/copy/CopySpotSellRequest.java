// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Sells spot tracked orders of one symbol.
 *
 * @param trackingNoList tracking numbers to sell (required, not empty, sent as {@code trackingNoList})
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopySpotSellRequest(
        List<String> trackingNoList,
        String symbol,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNoList", "symbol");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotSellRequest {
        trackingNoList = Require.nonEmpty(trackingNoList, "trackingNoList");
        Require.text(symbol, "symbol");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param trackingNoList tracking numbers to sell (required, not empty, sent as {@code trackingNoList})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotSellRequest(List<String> trackingNoList, String symbol) {
        this(trackingNoList, symbol, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopySpotSellRequest withExtraParam(String name, Object value) {
        return new CopySpotSellRequest(trackingNoList, symbol, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param trackingNoList tracking numbers to sell (required, not empty, sent as {@code trackingNoList})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopySpotSellRequest of(List<String> trackingNoList, String symbol) {
        return new CopySpotSellRequest(trackingNoList, symbol, Map.of());
    }
}
