// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param symbol required
 * @param productType required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesTickerRequest(
        String symbol,
        ProductType productType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesTickerRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesTickerRequest(String symbol, ProductType productType) {
        this(symbol, productType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesTickerRequest withExtraParam(String name, Object value) {
        return new FuturesTickerRequest(symbol, productType, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, productType; the rest stay unset. */
    public static FuturesTickerRequest of(String symbol, ProductType productType) {
        return new FuturesTickerRequest(symbol, productType, Map.of());
    }
}
