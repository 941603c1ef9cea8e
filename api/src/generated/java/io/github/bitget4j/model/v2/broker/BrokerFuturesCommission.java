// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Futures part of a daily broker commission total.
 *
 * @param futuresTradingVolume futures trading volume ({@code futuresTradingVolume})
 * @param futuresTradingFee futures trading fee ({@code futuresTradingFee})
 * @param futuresPureTradingFee fee after deductions.
 * @param futuresCommission futures commission ({@code futuresCommission})
 */
public record BrokerFuturesCommission(
        @Nullable BigDecimal futuresTradingVolume,
        @Nullable BigDecimal futuresTradingFee,
        @Nullable BigDecimal futuresPureTradingFee,
        @Nullable BigDecimal futuresCommission) {
}
