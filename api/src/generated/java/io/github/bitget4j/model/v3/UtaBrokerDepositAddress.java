// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A deposit address of a broker sub-account.
 *
 * @param subUid the sub-account uid.
 * @param coin e.g. USDT.
 * @param address the address.
 * @param chain the chain.
 * @param tag memo or comment, when the chain needs one.
 * @param url block explorer link.
 * @param cTime when the address was created.
 */
public record UtaBrokerDepositAddress(
        String subUid,
        String coin,
        String address,
        @Nullable String chain,
        @Nullable String tag,
        @Nullable String url,
        @Nullable Instant cTime) {
}
