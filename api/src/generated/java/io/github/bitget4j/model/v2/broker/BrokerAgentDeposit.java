// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One customer deposit.
 *
 * @param orderId order id ({@code orderId})
 * @param uid uid ({@code uid})
 * @param depositTime deposit time ({@code depositTime})
 * @param depositCoin deposit coin ({@code depositCoin})
 * @param depositAmount deposit amount ({@code depositAmount})
 */
public record BrokerAgentDeposit(
        String orderId,
        String uid,
        Instant depositTime,
        String depositCoin,
        BigDecimal depositAmount) {
}
