package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Looks up one V3 order, by Bitget's id or by yours.
 *
 * @param orderId   Bitget's id; this or {@code clientOid} is required
 * @param clientOid your id
 */
public record OrderInfoRequest(@Nullable String orderId, @Nullable String clientOid) {

    public OrderInfoRequest {
        Require.either(orderId, "orderId", clientOid, "clientOid");
    }

    public static OrderInfoRequest byOrderId(String orderId) {
        return new OrderInfoRequest(Require.text(orderId, "orderId"), null);
    }

    public static OrderInfoRequest byClientOid(String clientOid) {
        return new OrderInfoRequest(null, Require.text(clientOid, "clientOid"));
    }
}
