// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One order to cancel, by id or client id.
 *
 * @param orderId optional
 * @param clientOid optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesOrderRef(
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesOrderRef {
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesOrderRef(@Nullable String orderId, @Nullable String clientOid) {
        this(orderId, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesOrderRef withExtraParam(String name, Object value) {
        return new FuturesOrderRef(orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** Sets orderId; the rest stay unset. */
    public static FuturesOrderRef byOrderId(String orderId) {
        return new FuturesOrderRef(Require.text(orderId, "orderId"), null, Map.of());
    }

    /** Sets clientOid; the rest stay unset. */
    public static FuturesOrderRef byClientOid(String clientOid) {
        return new FuturesOrderRef(null, Require.text(clientOid, "clientOid"), Map.of());
    }
}
