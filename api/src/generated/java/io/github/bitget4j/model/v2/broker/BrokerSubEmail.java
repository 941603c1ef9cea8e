// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail bound to a sub-account.
 *
 * @param subUid sub uid ({@code subUid})
 * @param subaccountName subaccount name ({@code subaccountName})
 * @param subaccountEmail absent when none is bound.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record BrokerSubEmail(
        String subUid,
        @Nullable String subaccountName,
        @Nullable String subaccountEmail,
        @Nullable Instant cTime,
        @Nullable Instant uTime) {
}
