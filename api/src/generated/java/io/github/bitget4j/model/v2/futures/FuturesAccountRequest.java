// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
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
 * @param marginCoin required; upper case, e.g. USDT.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesAccountRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesAccountRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesAccountRequest(String symbol, ProductType productType, String marginCoin) {
        this(symbol, productType, marginCoin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesAccountRequest withExtraParam(String name, Object value) {
        return new FuturesAccountRequest(symbol, productType, marginCoin, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, productType, marginCoin; the rest stay unset. */
    public static FuturesAccountRequest of(String symbol, ProductType productType, String marginCoin) {
        return new FuturesAccountRequest(symbol, productType, marginCoin, Map.of());
    }
}
