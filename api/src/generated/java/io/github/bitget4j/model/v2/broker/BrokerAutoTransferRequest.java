// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param subUid required
 * @param coin required
 * @param toAccountType required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerAutoTransferRequest(
        String subUid,
        String coin,
        BrokerAccountType toAccountType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "toAccountType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerAutoTransferRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        Require.known(toAccountType, "toAccountType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerAutoTransferRequest(String subUid, String coin, BrokerAccountType toAccountType) {
        this(subUid, coin, toAccountType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerAutoTransferRequest withExtraParam(String name, Object value) {
        return new BrokerAutoTransferRequest(subUid, coin, toAccountType, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid, coin, toAccountType; the rest stay unset. */
    public static BrokerAutoTransferRequest of(String subUid, String coin, BrokerAccountType toAccountType) {
        return new BrokerAutoTransferRequest(subUid, coin, toAccountType, Map.of());
    }
}
