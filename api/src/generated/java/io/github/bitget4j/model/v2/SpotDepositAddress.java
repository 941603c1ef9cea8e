// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import org.jspecify.annotations.Nullable;

/**
 * An address to deposit a coin to.
 *
 * @param address address ({@code address})
 * @param chain e.g. trc20.
 * @param coin coin ({@code coin})
 * @param tag the tag (memo) to send with the deposit, when the chain needs one.
 * @param url block explorer address.
 */
public record SpotDepositAddress(
        String address,
        @Nullable String chain,
        String coin,
        @Nullable String tag,
        @Nullable String url) {
}
