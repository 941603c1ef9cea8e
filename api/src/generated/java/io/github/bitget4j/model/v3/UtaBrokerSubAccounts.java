// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * One page of broker sub-accounts.
 *
 * @param subList the sub-accounts.
 */
public record UtaBrokerSubAccounts(
        List<UtaBrokerSubAccount> subList) {
}
