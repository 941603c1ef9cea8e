// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of sub-account deposits and withdrawals.
 *
 * @param list list ({@code list})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record BrokerSubTransfers(
        @Nullable List<BrokerSubTransfer> list,
        @Nullable String endId) {
}
