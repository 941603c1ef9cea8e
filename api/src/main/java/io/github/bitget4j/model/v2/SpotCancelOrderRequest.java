package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Cancels one V2 spot order, named by Bitget's id or by yours.
 *
 * @param symbol    e.g. {@code BTCUSDT}
 * @param tpslType  {@code tpsl} to cancel a take-profit/stop-loss order; null for an ordinary one
 * @param orderId   Bitget's id; this or {@code clientOid} is required
 * @param clientOid your id
 */
public record SpotCancelOrderRequest(
        String symbol,
        @Nullable TpslType tpslType,
        @Nullable String orderId,
        @Nullable String clientOid) {

    public SpotCancelOrderRequest {
        Require.text(symbol, "symbol");
        Require.either(orderId, "orderId", clientOid, "clientOid");
    }

    public static SpotCancelOrderRequest byOrderId(String symbol, String orderId) {
        return new SpotCancelOrderRequest(symbol, null, Require.text(orderId, "orderId"), null);
    }

    public static SpotCancelOrderRequest byClientOid(String symbol, String clientOid) {
        return new SpotCancelOrderRequest(symbol, null, null, Require.text(clientOid, "clientOid"));
    }
}
