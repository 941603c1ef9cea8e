// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A P2P order in a list.
 *
 * @param orderId the order id.
 * @param side buy or sell, from your side.
 * @param token the coin, e.g. USDT.
 * @param fiat the fiat currency.
 * @param price unit price in the fiat.
 * @param amount fiat amount.
 * @param quantity coin quantity.
 * @param fee fee charged.
 * @param counterparty the other party's nickname.
 * @param status e.g. pending_payment, completed.
 * @param createdTime when it was created.
 * @param updatedTime last change.
 */
public record UtaP2pOrder(
        String orderId,
        String side,
        String token,
        String fiat,
        BigDecimal price,
        BigDecimal amount,
        BigDecimal quantity,
        @Nullable BigDecimal fee,
        @Nullable String counterparty,
        String status,
        Instant createdTime,
        @Nullable Instant updatedTime) {
}
