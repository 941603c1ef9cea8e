// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One coin of a cross or isolated margin account.
 *
 * @param coin coin ({@code coin})
 * @param symbol isolated only.
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param borrow borrow ({@code borrow})
 * @param interest interest ({@code interest})
 * @param coupon coupon ({@code coupon})
 * @param uTime u time ({@code uTime})
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
