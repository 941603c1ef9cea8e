package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Looks up one V2 spot order, by Bitget's id or by yours.
 *
 * @param orderId       Bitget's id; this or {@code clientOid} is required
 * @param clientOid     your id
 * @param requestTime   when the request was made, Unix milliseconds (with {@code receiveWindow})
 * @param receiveWindow how many milliseconds after {@code requestTime} the query may still be served
 */
public record SpotOrderInfoRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable Long requestTime,
        @Nullable Long receiveWindow) {

    public SpotOrderInfoRequest {
        Require.either(orderId, "orderId", clientOid, "clientOid");
    }

    public static SpotOrderInfoRequest byOrderId(String orderId) {
        return new SpotOrderInfoRequest(Require.text(orderId, "orderId"), null, null, null);
    }

    public static SpotOrderInfoRequest byClientOid(String clientOid) {
        return new SpotOrderInfoRequest(null, Require.text(clientOid, "clientOid"), null, null);
    }
}
