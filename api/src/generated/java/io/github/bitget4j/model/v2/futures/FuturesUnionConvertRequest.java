// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param coin coin, e.g. USDT (required, sent as {@code coin})
 * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesUnionConvertRequest(
        String coin,
        BigDecimal amount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "amount");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesUnionConvertRequest {
        Require.text(coin, "coin");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin coin, e.g. USDT (required, sent as {@code coin})
     * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesUnionConvertRequest(String coin, BigDecimal amount) {
        this(coin, amount, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesUnionConvertRequest withExtraParam(String name, Object value) {
        return new FuturesUnionConvertRequest(coin, amount, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param coin coin, e.g. USDT (required, sent as {@code coin})
     * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesUnionConvertRequest of(String coin, BigDecimal amount) {
        return new FuturesUnionConvertRequest(coin, amount, Map.of());
    }
}
