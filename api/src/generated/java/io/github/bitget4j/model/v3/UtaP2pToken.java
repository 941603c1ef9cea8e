// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * A coin traded on P2P.
 *
 * @param token e.g. USDT.
 * @param precision decimal places.
 */
public record UtaP2pToken(
        String token,
        @Nullable Integer precision) {
}
