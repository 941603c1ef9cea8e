// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of sub-accounts.
 *
 * @param hasNextPage has next page ({@code hasNextPage})
 * @param idLessThan pass as idLessThan for the next page (a JSON number).
 * @param subList sub list ({@code subList})
 */
public record BrokerSubAccounts(
        Boolean hasNextPage,
        @Nullable String idLessThan,
        @Nullable List<BrokerSubAccount> subList) {
}
