// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Commission totals of one day.
 *
 * @param date the day.
 * @param totalTradingVolume totalTradingVolume
 * @param totalActiveTraders totalActiveTraders
 * @param totalCommission totalCommission
 * @param spot spot
 * @param futures futures
 */
public record BrokerTotalCommission(
        String date,
        @Nullable BigDecimal totalTradingVolume,
        @Nullable Integer totalActiveTraders,
        @Nullable BigDecimal totalCommission,
        @Nullable BrokerSpotCommission spot,
        @Nullable BrokerFuturesCommission futures) {
}
