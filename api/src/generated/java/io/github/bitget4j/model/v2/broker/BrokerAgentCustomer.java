// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer of the affiliate.
 *
 * @param uid uid ({@code uid})
 * @param registerTime register time ({@code registerTime})
 */
public record BrokerAgentCustomer(
        String uid,
        @Nullable Instant registerTime) {
}
