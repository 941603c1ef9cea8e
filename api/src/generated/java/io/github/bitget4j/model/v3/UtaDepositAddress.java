// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * A deposit address.
 *
 * @param address address ({@code address})
 * @param chain chain ({@code chain})
 * @param coin coin ({@code coin})
 * @param tag memo or tag, for the chains that need one.
 * @param url block explorer link.
 */
public record UtaDepositAddress(
        String address,
        @Nullable String chain,
        String coin,
        @Nullable String tag,
        @Nullable String url) {
}
