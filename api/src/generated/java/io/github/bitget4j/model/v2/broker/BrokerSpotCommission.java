// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Spot part of a daily broker commission total.
 *
 * @param spotTradingVolume spot trading volume ({@code spotTradingVolume})
 * @param spotTradingFee spot trading fee ({@code spotTradingFee})
 * @param spotPureTradingFee fee after deductions.
 * @param spotCommission spot commission ({@code spotCommission})
 */
public record BrokerSpotCommission(
        @Nullable BigDecimal spotTradingVolume,
        @Nullable BigDecimal spotTradingFee,
        @Nullable BigDecimal spotPureTradingFee,
        @Nullable BigDecimal spotCommission) {
}
