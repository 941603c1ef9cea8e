// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One customer deposit.
 *
 * @param orderId orderId
 * @param uid uid
 * @param depositTime depositTime
 * @param depositCoin depositCoin
 * @param depositAmount depositAmount
 */
public record BrokerAgentDeposit(
        String orderId,
        String uid,
        Instant depositTime,
        String depositCoin,
        BigDecimal depositAmount) {
}
