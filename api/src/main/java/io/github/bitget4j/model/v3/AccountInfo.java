package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who the API key belongs to and what it may do.
 *
 * @param userId      the account's user id
 * @param inviterId   the user who invited this one
 * @param parentId    the main account, when this is a sub-account
 * @param channelCode the affiliate channel code
 * @param channel     the affiliate channel
 * @param ips         the IP addresses the key is bound to, as Bitget lists them
 * @param permType    {@code read-only} or {@code read-and-write}
 * @param permissions e.g. {@code uta_mgt}, {@code uta_trade}, {@code withdraw}
 * @param regisTime   registration time, Unix milliseconds
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
