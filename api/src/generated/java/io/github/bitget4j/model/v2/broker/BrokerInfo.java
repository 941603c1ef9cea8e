// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Sub-account quota of the broker.
 *
 * @param subAccountSize sub-accounts created.
 * @param maxSubAccountSize sub-accounts allowed.
 * @param uTime u time ({@code uTime})
 */
public record BrokerInfo(
        Integer subAccountSize,
        @Nullable Integer maxSubAccountSize,
        @Nullable Instant uTime) {
}
