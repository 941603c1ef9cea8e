// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param coin unset for every coin (optional, sent as {@code coin})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanCurrenciesRequest(
        @Nullable String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanCurrenciesRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin unset for every coin (optional, sent as {@code coin})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanCurrenciesRequest(@Nullable String coin) {
        this(coin, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnLoanCurrenciesRequest withExtraParam(String name, Object value) {
        return new EarnLoanCurrenciesRequest(coin, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets ; the rest stay unset.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnLoanCurrenciesRequest all() {
        return new EarnLoanCurrenciesRequest(null, Map.of());
    }

    /**
     * Sets coin; the rest stay unset.
     *
     * @param coin unset for every coin (optional, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnLoanCurrenciesRequest ofCoin(String coin) {
        return new EarnLoanCurrenciesRequest(Require.text(coin, "coin"), Map.of());
    }
}
