// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The account an API key belongs to.
 *
 * @param userId the account's user id.
 * @param inviterId who invited the account.
 * @param ips IPs the key is bound to.
 * @param authorities the key's permissions, e.g. coor (trade), stor, wallet.
 * @param parentId the main account's user id (a JSON number on the wire).
 * @param traderType e.g. trader or not_trader (copy trading)
 * @param channelCode channel code ({@code channelCode})
 * @param channel channel ({@code channel})
 * @param regisTime when the account registered.
 */
public record SpotAccountInfo(
        String userId,
        @Nullable String inviterId,
        @Nullable String ips,
        @Nullable List<String> authorities,
        @Nullable String parentId,
        @Nullable String traderType,
        @Nullable String channelCode,
        @Nullable String channel,
        @Nullable Instant regisTime) {
}
