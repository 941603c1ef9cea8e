// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param symbol omit to close every position of the product type (optional, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param holdSide hedge mode: which side; omit for both (optional, sent as {@code holdSide})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesFlashCloseRequest(
        @Nullable String symbol,
        ProductType productType,
        @Nullable FuturesHoldSide holdSide,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "holdSide");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesFlashCloseRequest {
        Require.known(productType, "productType");
        Require.knownIfPresent(holdSide, "holdSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol omit to close every position of the product type (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param holdSide hedge mode: which side; omit for both (optional, sent as {@code holdSide})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesFlashCloseRequest(@Nullable String symbol, ProductType productType, @Nullable FuturesHoldSide holdSide) {
        this(symbol, productType, holdSide, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesFlashCloseRequest withExtraParam(String name, Object value) {
        return new FuturesFlashCloseRequest(symbol, productType, holdSide, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesFlashCloseRequest of(ProductType productType) {
        return new FuturesFlashCloseRequest(null, productType, null, Map.of());
    }

    /**
     * Sets symbol, productType; the rest stay unset.
     *
     * @param symbol omit to close every position of the product type (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesFlashCloseRequest of(String symbol, ProductType productType) {
        return new FuturesFlashCloseRequest(Require.text(symbol, "symbol"), productType, null, Map.of());
    }
}
