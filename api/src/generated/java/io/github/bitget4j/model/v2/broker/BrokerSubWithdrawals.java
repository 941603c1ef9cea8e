// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of sub-account withdrawals.
 *
 * @param resultList result list ({@code resultList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record BrokerSubWithdrawals(
        @Nullable List<BrokerSubWithdrawal> resultList,
        @Nullable String endId) {
}
