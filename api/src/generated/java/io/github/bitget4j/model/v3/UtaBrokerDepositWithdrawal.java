// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One deposit or withdrawal of a broker sub-account.
 *
 * @param uid the sub-account uid.
 * @param txId the chain transaction id.
 * @param type deposit or withdrawal.
 * @param subType onchain, internal or fast.
 * @param coin e.g. USDT.
 * @param amount amount moved.
 * @param status pending, fail or success.
 * @param ts when it happened.
 */
public record UtaBrokerDepositWithdrawal(
        String uid,
        @Nullable String txId,
        String type,
        @Nullable String subType,
        String coin,
        BigDecimal amount,
        String status,
        Instant ts) {
}
