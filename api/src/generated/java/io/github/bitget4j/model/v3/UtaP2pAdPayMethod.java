// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * A payment method a P2P ad accepts.
 *
 * @param payMethodId the payment method id.
 * @param userPayMethodId the merchant's collection account.
 */
public record UtaP2pAdPayMethod(
        String payMethodId,
        @Nullable String userPayMethodId) {
}
