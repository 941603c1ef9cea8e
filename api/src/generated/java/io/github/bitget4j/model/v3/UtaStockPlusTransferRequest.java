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
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param amount amount to move (required, greater than 0, sent as {@code amount})
 * @param direction in to Stock+, out of it (required, sent as {@code direction})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusTransferRequest(
        String coin,
        BigDecimal amount,
        UtaStockPlusTransferDirection direction,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "amount", "direction");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusTransferRequest {
        Require.text(coin, "coin");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.known(direction, "direction");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param amount amount to move (required, greater than 0, sent as {@code amount})
     * @param direction in to Stock+, out of it (required, sent as {@code direction})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusTransferRequest(String coin, BigDecimal amount, UtaStockPlusTransferDirection direction) {
        this(coin, amount, direction, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusTransferRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusTransferRequest(coin, amount, direction, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param amount amount to move (required, greater than 0, sent as {@code amount})
     * @param direction in to Stock+, out of it (required, sent as {@code direction})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusTransferRequest of(String coin, BigDecimal amount, UtaStockPlusTransferDirection direction) {
        return new UtaStockPlusTransferRequest(coin, amount, direction, Map.of());
    }
}
