// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Trading volume of one customer.
 *
 * @param uid uid ({@code uid})
 * @param volumn total volume (Bitget's spelling).
 * @param spotVolume spot volume ({@code spotVolume})
 * @param futuresVolume futures volume ({@code futuresVolume})
 * @param time period of the volume, as Bitget sends it.
 */
public record BrokerAgentTradeVolume(
        String uid,
        @Nullable BigDecimal volumn,
        @Nullable BigDecimal spotVolume,
        @Nullable BigDecimal futuresVolume,
        @Nullable String time) {
}
