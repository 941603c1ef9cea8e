// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * The deposit account of one coin.
 *
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param accountType account type, one of {@code funding}, {@code unified}, {@code otc} (required, sent as {@code accountType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaDepositAccountRequest(
        String coin,
        UtaDepositAccountType accountType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "accountType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDepositAccountRequest {
        Require.text(coin, "coin");
        Require.known(accountType, "accountType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param accountType account type, one of {@code funding}, {@code unified}, {@code otc} (required, sent as {@code accountType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDepositAccountRequest(String coin, UtaDepositAccountType accountType) {
        this(coin, accountType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaDepositAccountRequest withExtraParam(String name, Object value) {
        return new UtaDepositAccountRequest(coin, accountType, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets coin, accountType; the rest stay unset.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param accountType account type, one of {@code funding}, {@code unified}, {@code otc} (required, sent as {@code accountType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaDepositAccountRequest of(String coin, UtaDepositAccountType accountType) {
        return new UtaDepositAccountRequest(coin, accountType, Map.of());
    }
}
