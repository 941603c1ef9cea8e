// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names a stock and an expiry.
 *
 * @param symbol the underlying, e.g. AAPL.US (required, sent as {@code symbol})
 * @param expiryDate the expiry, as getStockPlusOptionExpiryDate lists it (required, sent as {@code expiryDate})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusOptionChainRequest(
        String symbol,
        String expiryDate,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "expiryDate");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusOptionChainRequest {
        Require.text(symbol, "symbol");
        Require.text(expiryDate, "expiryDate");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol the underlying, e.g. AAPL.US (required, sent as {@code symbol})
     * @param expiryDate the expiry, as getStockPlusOptionExpiryDate lists it (required, sent as {@code expiryDate})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusOptionChainRequest(String symbol, String expiryDate) {
        this(symbol, expiryDate, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusOptionChainRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusOptionChainRequest(symbol, expiryDate, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param symbol the underlying, e.g. AAPL.US (required, sent as {@code symbol})
     * @param expiryDate the expiry, as getStockPlusOptionExpiryDate lists it (required, sent as {@code expiryDate})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusOptionChainRequest of(String symbol, String expiryDate) {
        return new UtaStockPlusOptionChainRequest(symbol, expiryDate, Map.of());
    }
}
