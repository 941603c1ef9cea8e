// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import com.google.gson.JsonElement;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaNewAgentSubAccount;
import io.github.bitget4j.model.v3.UtaNewSubAccount;
import io.github.bitget4j.model.v3.UtaNewSubApiKey;
import io.github.bitget4j.model.v3.UtaRateLimitQuota;
import io.github.bitget4j.model.v3.UtaSubAccounts;
import io.github.bitget4j.model.v3.UtaSubApiKey;
import io.github.bitget4j.model.v3.UtaSubApiKeys;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;

/** The endpoints of {@code io.github.bitget4j.v3.UserApiV3}. */
public final class UserEndpointsV3 {

    /** {@code POST /api/v3/user/create-sub}. */
    public static final Endpoint<UtaNewSubAccount> CREATE_SUB_ACCOUNT =
            Endpoint.post("/api/v3/user/create-sub", PRIVATE, UtaNewSubAccount.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("username", "accountMode", "note");

    /** {@code POST /api/v3/user/sub-account/agent-create}. */
    public static final Endpoint<UtaNewAgentSubAccount> CREATE_AGENT_SUB_ACCOUNT =
            Endpoint.post("/api/v3/user/sub-account/agent-create", PRIVATE, UtaNewAgentSubAccount.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("username", "passphrase", "note");

    /** {@code POST /api/v3/user/freeze-sub}. */
    public static final Endpoint<JsonElement> FREEZE_SUB_ACCOUNT =
            Endpoint.post("/api/v3/user/freeze-sub", PRIVATE, JsonElement.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "operation");

    /** {@code GET /api/v3/user/sub-list}. */
    public static final Endpoint<UtaSubAccounts> GET_SUB_ACCOUNT_LIST =
            Endpoint.get("/api/v3/user/sub-list", PRIVATE, UtaSubAccounts.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("limit", "cursor");

    /** {@code POST /api/v3/user/create-sub-api}. */
    public static final Endpoint<UtaNewSubApiKey> CREATE_SUB_ACCOUNT_API_KEY =
            Endpoint.post("/api/v3/user/create-sub-api", PRIVATE, UtaNewSubApiKey.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "note", "type", "passphrase", "permissions", "ips");

    /** {@code POST /api/v3/user/update-sub-api}. */
    public static final Endpoint<UtaSubApiKey> UPDATE_SUB_ACCOUNT_API_KEY =
            Endpoint.post("/api/v3/user/update-sub-api", PRIVATE, UtaSubApiKey.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("apikey", "passphrase", "type", "permissions", "ips");

    /** {@code POST /api/v3/user/delete-sub-api}. */
    public static final Endpoint<JsonElement> DELETE_SUB_ACCOUNT_API_KEY =
            Endpoint.post("/api/v3/user/delete-sub-api", PRIVATE, JsonElement.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("apikey");

    /** {@code GET /api/v3/user/sub-api-list}. */
    public static final Endpoint<UtaSubApiKeys> GET_SUB_ACCOUNT_API_KEYS =
            Endpoint.get("/api/v3/user/sub-api-list", PRIVATE, UtaSubApiKeys.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "limit", "cursor");

    /** {@code GET /api/v3/user/rate-limit-quota}. */
    public static final Endpoint<UtaRateLimitQuota> GET_RATE_LIMIT_QUOTA =
            Endpoint.get("/api/v3/user/rate-limit-quota", PRIVATE, UtaRateLimitQuota.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "uid", "cursor", "limit");

    /** {@code POST /api/v3/user/set-rate-limit-quota}. */
    public static final Endpoint<JsonElement> SET_RATE_LIMIT_QUOTA =
            Endpoint.post("/api/v3/user/set-rate-limit-quota", PRIVATE, JsonElement.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "uids", "quota");

    private UserEndpointsV3() {
    }
}
