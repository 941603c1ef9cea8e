// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * A withdrawal restriction of private P2P ads.
 *
 * @param withdrawLimitKey display name, e.g. T+1.
 * @param withdrawLimitValue its value, e.g. 1.
 */
public record UtaP2pWithdrawalLimit(
        @Nullable String withdrawLimitKey,
        @Nullable String withdrawLimitValue) {
}
