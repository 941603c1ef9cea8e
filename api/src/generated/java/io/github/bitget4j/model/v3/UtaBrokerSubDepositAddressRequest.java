// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names the sub-account, coin and chain.
 *
 * @param subUid the sub-account uid (required, sent as {@code subUid})
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param chain the chain; the coin's main chain when unset (optional, sent as {@code chain})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerSubDepositAddressRequest(
        String subUid,
        String coin,
        @Nullable String chain,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "chain");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerSubDepositAddressRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account uid (required, sent as {@code subUid})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param chain the chain; the coin's main chain when unset (optional, sent as {@code chain})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerSubDepositAddressRequest(String subUid, String coin, @Nullable String chain) {
        this(subUid, coin, chain, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaBrokerSubDepositAddressRequest withExtraParam(String name, Object value) {
        return new UtaBrokerSubDepositAddressRequest(subUid, coin, chain, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets subUid, coin; the rest stay unset.
     *
     * @param subUid the sub-account uid (required, sent as {@code subUid})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaBrokerSubDepositAddressRequest of(String subUid, String coin) {
        return new UtaBrokerSubDepositAddressRequest(subUid, coin, null, Map.of());
    }
}
