// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * A payment method of a fiat currency.
 *
 * @param payMethodId the payment method id.
 * @param payMethodName e.g. Bank transfer.
 * @param iconUrl its icon.
 */
public record UtaP2pFiatPayMethod(
        String payMethodId,
        @Nullable String payMethodName,
        @Nullable String iconUrl) {
}
