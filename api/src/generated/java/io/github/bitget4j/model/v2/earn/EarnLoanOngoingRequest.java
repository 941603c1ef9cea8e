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
 * @param orderId optional
 * @param loanCoin optional
 * @param pledgeCoin optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanOngoingRequest(
        @Nullable String orderId,
        @Nullable String loanCoin,
        @Nullable String pledgeCoin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "loanCoin", "pledgeCoin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnLoanOngoingRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnLoanOngoingRequest(@Nullable String orderId, @Nullable String loanCoin, @Nullable String pledgeCoin) {
        this(orderId, loanCoin, pledgeCoin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnLoanOngoingRequest withExtraParam(String name, Object value) {
        return new EarnLoanOngoingRequest(orderId, loanCoin, pledgeCoin, Require.withExtra(extraParams, name, value));
    }
}
