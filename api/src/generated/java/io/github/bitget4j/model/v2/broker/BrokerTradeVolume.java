// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Trading volume of one user.
 *
 * @param uid uid ({@code uid})
 * @param volume total.
 * @param spotVolume spot volume ({@code spotVolume})
 * @param futureVolume future volume ({@code futureVolume})
 */
public record BrokerTradeVolume(
        String uid,
        BigDecimal volume,
        @Nullable BigDecimal spotVolume,
        @Nullable BigDecimal futureVolume) {
}
