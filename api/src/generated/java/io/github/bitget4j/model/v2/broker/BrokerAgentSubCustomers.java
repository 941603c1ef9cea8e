// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of sub-customers.
 *
 * @param list list ({@code list})
 * @param minId pass as idLessThan for the next page.
 */
public record BrokerAgentSubCustomers(
        @Nullable List<BrokerAgentCustomer> list,
        @Nullable String minId) {
}
