// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of sub-account deposits and withdrawals.
 *
 * @param list the records.
 * @param endId pass as the request's cursor for the next page.
 */
public record UtaBrokerDepositWithdrawals(
        List<UtaBrokerDepositWithdrawal> list,
        @Nullable String endId) {
}
