// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Spot balance of one coin in a sub-account.
 *
 * @param coin coin ({@code coin})
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param locked locked ({@code locked})
 * @param uTime u time ({@code uTime})
 */
public record BrokerSubSpotAsset(
        String coin,
        BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal locked,
        @Nullable Instant uTime) {
}
