// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * The account type to credit deposits of a coin to.
 *
 * @param accountType the account type to credit, as Bitget names it, e.g. spot (required, sent as {@code accountType})
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotModifyDepositAccountRequest(
        String accountType,
        String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("accountType", "coin");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotModifyDepositAccountRequest {
        Require.text(accountType, "accountType");
        Require.text(coin, "coin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param accountType the account type to credit, as Bitget names it, e.g. spot (required, sent as {@code accountType})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotModifyDepositAccountRequest(String accountType, String coin) {
        this(accountType, coin, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotModifyDepositAccountRequest withExtraParam(String name, Object value) {
        return new SpotModifyDepositAccountRequest(accountType, coin, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param accountType the account type to credit, as Bitget names it, e.g. spot (required, sent as {@code accountType})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotModifyDepositAccountRequest of(String accountType, String coin) {
        return new SpotModifyDepositAccountRequest(accountType, coin, Map.of());
    }
}
