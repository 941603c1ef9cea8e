// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who the API key belongs to and what it may do.
 *
 * @param userId the account's user id.
 * @param inviterId the user who invited this one.
 * @param parentId the main account, when this is a sub-account.
 * @param channelCode the affiliate channel code.
 * @param channel the affiliate channel.
 * @param ips the IP addresses the key is bound to, as Bitget lists them.
 * @param permType read-only or read-and-write.
 * @param permissions e.g. uta_mgt, uta_trade, withdraw.
 * @param regisTime registration time, Unix milliseconds.
 */
public record AccountInfo(
        String userId,
        @Nullable String inviterId,
        @Nullable String parentId,
        @Nullable String channelCode,
        @Nullable String channel,
        @Nullable String ips,
        String permType,
        List<String> permissions,
        @Nullable Long regisTime) {
}
