package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Cancels one V3 order, named by Bitget's id or by yours.
 *
 * @param orderId   Bitget's id; this or {@code clientOid} is required
 * @param clientOid your id
 * @param category  the product line, when you want to name it
 */
public record CancelOrderRequest(@Nullable String orderId, @Nullable String clientOid, @Nullable Category category) {

    public CancelOrderRequest {
        Require.either(orderId, "orderId", clientOid, "clientOid");
    }

    public static CancelOrderRequest byOrderId(String orderId) {
        return new CancelOrderRequest(Require.text(orderId, "orderId"), null, null);
    }

    public static CancelOrderRequest byClientOid(String clientOid) {
        return new CancelOrderRequest(null, Require.text(clientOid, "clientOid"), null);
    }
}
