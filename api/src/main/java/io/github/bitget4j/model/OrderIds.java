package io.github.bitget4j.model;

import org.jspecify.annotations.Nullable;

/**
 * The ids Bitget answers when an order is placed or cancelled (V2 and V3).
 *
 * @param orderId   Bitget's id of the order
 * @param clientOid the caller's own id, when one was given or Bitget assigned one
 */
public record OrderIds(String orderId, @Nullable String clientOid) {
}
