// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of identity check results.
 *
 * @param userList user list ({@code userList})
 * @param endId pass as idLessThan for the next page.
 */
public record BrokerAgentKycResults(
        @Nullable List<BrokerAgentKyc> userList,
        @Nullable String endId) {
}
