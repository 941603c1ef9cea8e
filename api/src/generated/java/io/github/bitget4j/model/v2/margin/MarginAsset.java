// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Balance and debt of one coin.
 *
 * @param symbol isolated only.
 * @param coin coin ({@code coin})
 * @param totalAmount total amount ({@code totalAmount})
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param borrow borrowed principal.
 * @param interest unpaid interest.
 * @param net available + frozen - borrow - interest.
 * @param coupon trading bonus.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginAsset(
        @Nullable String symbol,
        String coin,
        BigDecimal totalAmount,
        BigDecimal available,
        BigDecimal frozen,
        BigDecimal borrow,
        BigDecimal interest,
        BigDecimal net,
        @Nullable BigDecimal coupon,
        @Nullable Instant cTime,
        @Nullable Instant uTime) {
}
