// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of partner commission details.
 *
 * @param endId pass as idLessThan for the next (older) page.
 * @param commissionList commission list ({@code commissionList})
 */
public record BrokerAgentCommissionDetails(
        @Nullable String endId,
        @Nullable List<BrokerAgentCommissionDetail> commissionList) {
}
