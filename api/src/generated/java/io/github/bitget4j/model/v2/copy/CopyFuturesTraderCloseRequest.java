// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * With productType alone, every tracked position of that line is closed.
 *
 * @param trackingNo one tracked order; must belong to symbol when both are set (optional, sent as {@code trackingNo})
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesTraderCloseRequest(
        @Nullable String trackingNo,
        @Nullable String symbol,
        CopyProductType productType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNo", "symbol", "productType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderCloseRequest {
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param trackingNo one tracked order; must belong to symbol when both are set (optional, sent as {@code trackingNo})
     * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderCloseRequest(@Nullable String trackingNo, @Nullable String symbol, CopyProductType productType) {
        this(trackingNo, symbol, productType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesTraderCloseRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderCloseRequest(trackingNo, symbol, productType, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyFuturesTraderCloseRequest of(CopyProductType productType) {
        return new CopyFuturesTraderCloseRequest(null, null, productType, Map.of());
    }

    /**
     * Sets trackingNo, productType; the rest stay unset.
     *
     * @param trackingNo one tracked order; must belong to symbol when both are set (optional, sent as {@code trackingNo})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyFuturesTraderCloseRequest byTrackingNo(String trackingNo, CopyProductType productType) {
        return new CopyFuturesTraderCloseRequest(Require.text(trackingNo, "trackingNo"), null, productType, Map.of());
    }

    /**
     * Sets symbol, productType; the rest stay unset.
     *
     * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyFuturesTraderCloseRequest bySymbol(String symbol, CopyProductType productType) {
        return new CopyFuturesTraderCloseRequest(null, Require.text(symbol, "symbol"), productType, Map.of());
    }
}
