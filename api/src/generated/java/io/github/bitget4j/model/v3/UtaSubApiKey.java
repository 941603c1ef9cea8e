// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sub-account API key.
 *
 * @param apiKey api key ({@code apiKey})
 * @param note note ({@code note})
 * @param type read_write or read_only.
 * @param permissions e.g. uta_mgt, uta_trade.
 * @param ips allowed IP addresses.
 * @param ts creation time.
 */
public record UtaSubApiKey(
        String apiKey,
        @Nullable String note,
        @Nullable String type,
        @Nullable List<String> permissions,
        @Nullable List<String> ips,
        @Nullable Instant ts) {
}
