// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Borrow limits of a whitelisted account.
 *
 * @param limit limit of one account.
 * @param masterSubLimit limit of a main account and its sub-accounts together.
 * @param platformRemaingQuota what the platform has left to lend (Bitget's spelling).
 */
public record UtaEligibleLoanInfo(
        @Nullable BigDecimal limit,
        @Nullable BigDecimal masterSubLimit,
        @Nullable BigDecimal platformRemaingQuota) {
}
