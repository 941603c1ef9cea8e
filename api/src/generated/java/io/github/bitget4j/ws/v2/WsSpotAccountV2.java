// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One coin of the spot account.
 *
 * @param coin coin ({@code coin})
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param locked locked ({@code locked})
 * @param limitAvailable limit available ({@code limitAvailable})
 * @param uTime u time ({@code uTime})
 */
public record WsSpotAccountV2(
        String coin,
        BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal locked,
        @Nullable BigDecimal limitAvailable,
        @Nullable Instant uTime) {
}
