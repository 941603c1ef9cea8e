// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * A payment method with its name.
 *
 * @param payMethodId the payment method id.
 * @param payMethodName e.g. Bank transfer.
 */
public record UtaP2pPayMethodName(
        String payMethodId,
        @Nullable String payMethodName) {
}
