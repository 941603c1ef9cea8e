package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A validated order as both API versions submit it.
 *
 * @param size  base quantity; quote amount for market buys (Bitget's rule)
 * @param price required for limit orders, ignored for market orders
 * @param force {@code gtc}, {@code post_only}, {@code ioc} or {@code fok}
 */
record OrderRequest(String symbol, boolean buy, boolean market, String force, @Nullable BigDecimal price,
                    BigDecimal size, @Nullable String clientOid) {
}
