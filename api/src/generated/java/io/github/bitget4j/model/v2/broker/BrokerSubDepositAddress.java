// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sub-account deposit address.
 *
 * @param subUid sub uid ({@code subUid})
 * @param coin coin ({@code coin})
 * @param address address ({@code address})
 * @param chain chain ({@code chain})
 * @param tag memo, for chains that need one.
 * @param url block explorer link.
 * @param cTime c time ({@code cTime})
 */
public record BrokerSubDepositAddress(
        String subUid,
        String coin,
        String address,
        @Nullable String chain,
        @Nullable String tag,
        @Nullable String url,
        @Nullable Instant cTime) {
}
