// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * A party of a P2P order.
 *
 * @param nickName the nickname.
 * @param realName the verified real name.
 */
public record UtaP2pOrderUser(
        @Nullable String nickName,
        @Nullable String realName) {
}
