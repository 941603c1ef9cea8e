// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesRecentTradesRequest(
        String symbol,
        ProductType productType,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesRecentTradesRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param limit number of items per page (optional, greater than 0, at most 100, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesRecentTradesRequest(String symbol, ProductType productType, @Nullable Integer limit) {
        this(symbol, productType, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesRecentTradesRequest withExtraParam(String name, Object value) {
        return new FuturesRecentTradesRequest(symbol, productType, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, productType; the rest stay unset.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesRecentTradesRequest of(String symbol, ProductType productType) {
        return new FuturesRecentTradesRequest(symbol, productType, null, Map.of());
    }
}
