// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One coin of a cross or isolated margin account.
 *
 * @param coin coin
 * @param symbol isolated only.
 * @param available available
 * @param frozen frozen
 * @param borrow borrow
 * @param interest interest
 * @param coupon coupon
 * @param uTime uTime
 */
public record WsMarginAccountV2(
        String coin,
        @Nullable String symbol,
        @Nullable BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal borrow,
        @Nullable BigDecimal interest,
        @Nullable BigDecimal coupon,
        @Nullable Instant uTime) {
}
