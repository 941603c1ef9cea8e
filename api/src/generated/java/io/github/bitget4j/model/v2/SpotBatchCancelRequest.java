// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Cancels several V2 spot orders, all of symbol unless batchMode is multiple.
 *
 * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as {@code symbol})
 * @param batchMode single (default) or multiple (optional, sent as {@code batchMode})
 * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotBatchCancelRequest(
        @Nullable String symbol,
        @Nullable BatchMode batchMode,
        List<SpotCancelOrderItem> orderList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "batchMode", "orderList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchCancelRequest {
        Require.knownIfPresent(batchMode, "batchMode");
        orderList = Require.nonEmpty(orderList, "orderList");
        Require.requiredWhen(!(batchMode == BatchMode.MULTIPLE), symbol, "symbol is required unless batchMode is multiple");
        Require.eachWhen(batchMode == BatchMode.MULTIPLE, orderList, item -> item.symbol(), "orderList[{i}].symbol is required when batchMode is multiple");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as {@code symbol})
     * @param batchMode single (default) or multiple (optional, sent as {@code batchMode})
     * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotBatchCancelRequest(@Nullable String symbol, @Nullable BatchMode batchMode, List<SpotCancelOrderItem> orderList) {
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
    public SpotBatchCancelRequest withExtraParam(String name, Object value) {
        return new SpotBatchCancelRequest(symbol, batchMode, orderList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotBatchCancelRequest of(List<SpotCancelOrderItem> orderList) {
        return new SpotBatchCancelRequest(null, null, orderList, Map.of());
    }

    /**
     * Sets symbol, orderList; the rest stay unset.
     *
     * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as {@code symbol})
     * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotBatchCancelRequest single(String symbol, List<SpotCancelOrderItem> orderList) {
        return new SpotBatchCancelRequest(Require.text(symbol, "symbol"), null, orderList, Map.of());
    }

    /**
     * Sets orderList; the rest stay unset. Sets {@code batchMode} to {@code multiple}.
     *
     * @param orderList the orders, at most 50 (required, not empty, sent as {@code orderList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotBatchCancelRequest multiple(List<SpotCancelOrderItem> orderList) {
        return new SpotBatchCancelRequest(null, BatchMode.MULTIPLE, orderList, Map.of());
    }
}
