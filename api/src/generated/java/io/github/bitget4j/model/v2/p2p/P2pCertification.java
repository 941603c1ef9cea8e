// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import org.jspecify.annotations.Nullable;

/**
 * A certification badge of the merchant.
 *
 * @param imageUrl image url ({@code imageUrl})
 * @param desc desc ({@code desc})
 */
public record P2pCertification(
        @Nullable String imageUrl,
        @Nullable String desc) {
}
