// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param subUid sub-account user ID (required, sent as {@code subUid})
 * @param coin coin, e.g. USDT (required, sent as {@code coin})
 * @param toAccountType to account type, one of {@code spot}, {@code usdt-futures}, {@code coin-futures}, {@code usdc-futures} (required, sent as {@code toAccountType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerAutoTransferRequest(
        String subUid,
        String coin,
        BrokerAccountType toAccountType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "toAccountType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerAutoTransferRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        Require.known(toAccountType, "toAccountType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid sub-account user ID (required, sent as {@code subUid})
     * @param coin coin, e.g. USDT (required, sent as {@code coin})
     * @param toAccountType to account type, one of {@code spot}, {@code usdt-futures}, {@code coin-futures}, {@code usdc-futures} (required, sent as {@code toAccountType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerAutoTransferRequest(String subUid, String coin, BrokerAccountType toAccountType) {
        this(subUid, coin, toAccountType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public BrokerAutoTransferRequest withExtraParam(String name, Object value) {
        return new BrokerAutoTransferRequest(subUid, coin, toAccountType, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets subUid, coin, toAccountType; the rest stay unset.
     *
     * @param subUid sub-account user ID (required, sent as {@code subUid})
     * @param coin coin, e.g. USDT (required, sent as {@code coin})
     * @param toAccountType to account type, one of {@code spot}, {@code usdt-futures}, {@code coin-futures}, {@code usdc-futures} (required, sent as {@code toAccountType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static BrokerAutoTransferRequest of(String subUid, String coin, BrokerAccountType toAccountType) {
        return new BrokerAutoTransferRequest(subUid, coin, toAccountType, Map.of());
    }
}
