package io.github.bitget4j.model.v2;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.internal.json.Require;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Several V2 spot orders placed in one call. In {@link BatchMode#SINGLE} mode (Bitget's default) every order
 * is for {@code symbol}; in {@link BatchMode#MULTIPLE} mode each order names its own symbol.
 *
 * @param symbol    the symbol of every order; required unless {@code batchMode} is {@code multiple}
 * @param batchMode single (default) or multiple
 * @param orderList the orders, at least one (Bitget accepts up to 50)
 */
public record SpotBatchOrderRequest(
        @Nullable String symbol,
        @Nullable BatchMode batchMode,
        List<SpotBatchOrderItem> orderList) {

    public SpotBatchOrderRequest {
        orderList = Require.nonEmpty(orderList, "orderList");
        if (batchMode == BatchMode.MULTIPLE) {
            for (int i = 0; i < orderList.size(); i++) {
                String itemSymbol = orderList.get(i).symbol();
                if (itemSymbol == null || itemSymbol.isBlank()) {
                    throw new BitgetValidationException("orderList[" + i + "].symbol is required in multiple mode");
                }
            }
        } else {
            Require.text(symbol, "symbol");
        }
    }

    /** Orders all for one symbol. */
    public static SpotBatchOrderRequest single(String symbol, List<SpotBatchOrderItem> orderList) {
        return new SpotBatchOrderRequest(symbol, null, orderList);
    }

    /** Orders that each name their own symbol. */
    public static SpotBatchOrderRequest multiple(List<SpotBatchOrderItem> orderList) {
        return new SpotBatchOrderRequest(null, BatchMode.MULTIPLE, orderList);
    }
}
