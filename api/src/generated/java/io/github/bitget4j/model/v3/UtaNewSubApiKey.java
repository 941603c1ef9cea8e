// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new sub-account API key; the secret is shown only here.
 *
 * @param apiKey api key ({@code apiKey})
 * @param secret the key's secret.
 * @param note note ({@code note})
 * @param type read_write or read_only.
 * @param permissions permissions ({@code permissions})
 * @param ips ips ({@code ips})
 */
public record UtaNewSubApiKey(
        String apiKey,
        String secret,
        @Nullable String note,
        @Nullable String type,
        @Nullable List<String> permissions,
        @Nullable List<String> ips) {
}
