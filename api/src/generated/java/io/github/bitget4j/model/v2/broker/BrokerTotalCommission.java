// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Commission totals of one day.
 *
 * @param date the day.
 * @param totalTradingVolume total trading volume ({@code totalTradingVolume})
 * @param totalActiveTraders total active traders ({@code totalActiveTraders})
 * @param totalCommission total commission ({@code totalCommission})
 * @param spot spot ({@code spot})
 * @param futures futures ({@code futures})
 */
public record BrokerTotalCommission(
        String date,
        @Nullable BigDecimal totalTradingVolume,
        @Nullable Integer totalActiveTraders,
        @Nullable BigDecimal totalCommission,
        @Nullable BrokerSpotCommission spot,
        @Nullable BrokerFuturesCommission futures) {
}
