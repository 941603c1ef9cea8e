// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Balance of one customer.
 *
 * @param balance valued in USDT.
 * @param uid uid ({@code uid})
 * @param uTime u time ({@code uTime})
 * @param remark remark ({@code remark})
 */
public record BrokerAgentAsset(
        BigDecimal balance,
        String uid,
        @Nullable Instant uTime,
        @Nullable String remark) {
}
