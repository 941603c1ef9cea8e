// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One transfer to or from Stock+.
 *
 * @param coin required; e.g. USDT.
 * @param amount required; amount to move.
 * @param direction required; in to Stock+, out of it.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusTransferRequest(
        String coin,
        BigDecimal amount,
        UtaStockPlusTransferDirection direction,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "amount", "direction");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusTransferRequest {
        Require.text(coin, "coin");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.known(direction, "direction");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusTransferRequest(String coin, BigDecimal amount, UtaStockPlusTransferDirection direction) {
        this(coin, amount, direction, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusTransferRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusTransferRequest(coin, amount, direction, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaStockPlusTransferRequest of(String coin, BigDecimal amount, UtaStockPlusTransferDirection direction) {
        return new UtaStockPlusTransferRequest(coin, amount, direction, Map.of());
    }
}
