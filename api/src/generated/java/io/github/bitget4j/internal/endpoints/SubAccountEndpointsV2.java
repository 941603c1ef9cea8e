// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.user.SubAccountAgent;
import io.github.bitget4j.model.v2.user.SubAccountApiKey;
import io.github.bitget4j.model.v2.user.SubAccountApiKeySecret;
import io.github.bitget4j.model.v2.user.SubAccountCreateResult;
import io.github.bitget4j.model.v2.user.SubAccountList;
import io.github.bitget4j.model.v2.user.SubAccountModifyResult;
import io.github.bitget4j.model.v2.user.SubAccountWithApiKey;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SubAccountApiV2}. */
public final class SubAccountEndpointsV2 {

    /** {@code POST /api/v2/user/create-virtual-subaccount}. */
    public static final Endpoint<SubAccountCreateResult> CREATE_VIRTUAL_SUBACCOUNT =
            Endpoint.post("/api/v2/user/create-virtual-subaccount", PRIVATE, SubAccountCreateResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subAccountList");

    /** {@code POST /api/v2/user/modify-virtual-subaccount}. */
    public static final Endpoint<SubAccountModifyResult> MODIFY_VIRTUAL_SUBACCOUNT =
            Endpoint.post("/api/v2/user/modify-virtual-subaccount", PRIVATE, SubAccountModifyResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subAccountUid", "permList", "status");

    /** {@code POST /api/v2/user/batch-create-subaccount-and-apikey}. */
    public static final Endpoint<List<SubAccountWithApiKey>> BATCH_CREATE_VIRTUAL_SUBACCOUNT_AND_API_KEY =
            Endpoint.postList("/api/v2/user/batch-create-subaccount-and-apikey", PRIVATE, SubAccountWithApiKey.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID);

    /** {@code GET /api/v2/user/virtual-subaccount-list}. */
    public static final Endpoint<SubAccountList> GET_VIRTUAL_SUBACCOUNTS =
            Endpoint.get("/api/v2/user/virtual-subaccount-list", PRIVATE, SubAccountList.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("limit", "idLessThan", "status");

    /** {@code POST /api/v2/user/create-virtual-subaccount-apikey}. */
    public static final Endpoint<SubAccountApiKeySecret> CREATE_VIRTUAL_SUBACCOUNT_API_KEY =
            Endpoint.post("/api/v2/user/create-virtual-subaccount-apikey", PRIVATE, SubAccountApiKeySecret.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subAccountUid", "passphrase", "label", "ipList", "permType", "permList");

    /** {@code POST /api/v2/user/modify-virtual-subaccount-apikey}. */
    public static final Endpoint<SubAccountApiKeySecret> MODIFY_VIRTUAL_SUBACCOUNT_API_KEY =
            Endpoint.post("/api/v2/user/modify-virtual-subaccount-apikey", PRIVATE, SubAccountApiKeySecret.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subAccountUid", "subAccountApiKey", "passphrase", "label", "ipList", "permList");

    /** {@code GET /api/v2/user/virtual-subaccount-apikey-list}. */
    public static final Endpoint<List<SubAccountApiKey>> GET_VIRTUAL_SUBACCOUNT_API_KEYS =
            Endpoint.getList("/api/v2/user/virtual-subaccount-apikey-list", PRIVATE, SubAccountApiKey.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subAccountUid");

    /** {@code POST /api/v2/user/create-agent-subaccount}. */
    public static final Endpoint<SubAccountAgent> CREATE_AGENT_SUBACCOUNT =
            Endpoint.post("/api/v2/user/create-agent-subaccount", PRIVATE, SubAccountAgent.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("username", "passphrase", "note");

    private SubAccountEndpointsV2() {
    }
}
