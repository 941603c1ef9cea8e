// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param subUid required
 * @param coin required
 * @param chain optional; unset for the coin's main chain.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerSubAddressRequest(
        String subUid,
        String coin,
        @Nullable String chain,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "chain");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerSubAddressRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerSubAddressRequest(String subUid, String coin, @Nullable String chain) {
        this(subUid, coin, chain, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerSubAddressRequest withExtraParam(String name, Object value) {
        return new BrokerSubAddressRequest(subUid, coin, chain, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid, coin; the rest stay unset. */
    public static BrokerSubAddressRequest of(String subUid, String coin) {
        return new BrokerSubAddressRequest(subUid, coin, null, Map.of());
    }
}
