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
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param loanCoin loan coin (optional, sent as {@code loanCoin})
 * @param pledgeCoin pledge coin (optional, sent as {@code pledgeCoin})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanOngoingRequest(
        @Nullable String orderId,
        @Nullable String loanCoin,
        @Nullable String pledgeCoin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "loanCoin", "pledgeCoin");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanOngoingRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param loanCoin loan coin (optional, sent as {@code loanCoin})
     * @param pledgeCoin pledge coin (optional, sent as {@code pledgeCoin})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanOngoingRequest(@Nullable String orderId, @Nullable String loanCoin, @Nullable String pledgeCoin) {
        this(orderId, loanCoin, pledgeCoin, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnLoanOngoingRequest withExtraParam(String name, Object value) {
        return new EarnLoanOngoingRequest(orderId, loanCoin, pledgeCoin, Require.withExtra(extraParams, name, value));
    }
}
