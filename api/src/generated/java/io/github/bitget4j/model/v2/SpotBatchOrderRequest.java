// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Several V2 spot orders. In single mode (Bitget's default) every order is for symbol; in multiple mode each names its own.
 *
 * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as {@code symbol})
 * @param batchMode single (default) or multiple (optional, sent as {@code batchMode})
 * @param orderList the orders, at least one (Bitget accepts up to 50) (required, not empty, sent as {@code orderList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotBatchOrderRequest(
        @Nullable String symbol,
        @Nullable BatchMode batchMode,
        List<SpotBatchOrderItem> orderList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "batchMode", "orderList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchOrderRequest {
        Require.knownIfPresent(batchMode, "batchMode");
        orderList = Require.nonEmpty(orderList, "orderList");
        Require.requiredWhen(!(batchMode == BatchMode.MULTIPLE), symbol, "symbol is required");
        Require.eachWhen(batchMode == BatchMode.MULTIPLE, orderList, item -> item.symbol(), "orderList[{i}].symbol is required in multiple mode");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as {@code symbol})
     * @param batchMode single (default) or multiple (optional, sent as {@code batchMode})
     * @param orderList the orders, at least one (Bitget accepts up to 50) (required, not empty, sent as {@code orderList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchOrderRequest(@Nullable String symbol, @Nullable BatchMode batchMode, List<SpotBatchOrderItem> orderList) {
        this(symbol, batchMode, orderList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotBatchOrderRequest withExtraParam(String name, Object value) {
        return new SpotBatchOrderRequest(symbol, batchMode, orderList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param orderList the orders, at least one (Bitget accepts up to 50) (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotBatchOrderRequest of(List<SpotBatchOrderItem> orderList) {
        return new SpotBatchOrderRequest(null, null, orderList, Map.of());
    }

    /**
     * Orders all for one symbol.
     *
     * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as {@code symbol})
     * @param orderList the orders, at least one (Bitget accepts up to 50) (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotBatchOrderRequest single(String symbol, List<SpotBatchOrderItem> orderList) {
        return new SpotBatchOrderRequest(Require.text(symbol, "symbol"), null, orderList, Map.of());
    }

    /**
     * Orders that each name their own symbol. Sets {@code batchMode} to {@code multiple}.
     *
     * @param orderList the orders, at least one (Bitget accepts up to 50) (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotBatchOrderRequest multiple(List<SpotBatchOrderItem> orderList) {
        return new SpotBatchOrderRequest(null, BatchMode.MULTIPLE, orderList, Map.of());
    }
}
