// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One broker user.
 *
 * @param uid uid ({@code uid})
 * @param asset assets valued in USDT.
 * @param firstTimeDeposit first time deposit ({@code firstTimeDeposit})
 * @param firstTimeTrade first time trade ({@code firstTimeTrade})
 * @param registerTime register time ({@code registerTime})
 */
public record BrokerSubaccountInfo(
        String uid,
        @Nullable BigDecimal asset,
        @Nullable Instant firstTimeDeposit,
        @Nullable Instant firstTimeTrade,
        @Nullable Instant registerTime) {
}
