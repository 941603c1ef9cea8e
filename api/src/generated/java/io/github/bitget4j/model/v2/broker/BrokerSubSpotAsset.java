// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Spot balance of one coin in a sub-account.
 *
 * @param coin coin
 * @param available available
 * @param frozen frozen
 * @param locked locked
 * @param uTime uTime
 */
public record BrokerSubSpotAsset(
        String coin,
        BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal locked,
        @Nullable Instant uTime) {
}
