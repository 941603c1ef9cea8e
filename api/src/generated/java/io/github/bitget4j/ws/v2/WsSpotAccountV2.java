// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One coin of the spot account.
 *
 * @param coin coin
 * @param available available
 * @param frozen frozen
 * @param locked locked
 * @param limitAvailable limitAvailable
 * @param uTime uTime
 */
public record WsSpotAccountV2(
        String coin,
        BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal locked,
        @Nullable BigDecimal limitAvailable,
        @Nullable Instant uTime) {
}
