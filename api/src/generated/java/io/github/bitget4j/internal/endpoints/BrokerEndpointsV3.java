// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import com.google.gson.JsonElement;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaBrokerApiKey;
import io.github.bitget4j.model.v3.UtaBrokerApiKeyCreated;
import io.github.bitget4j.model.v3.UtaBrokerApiKeyInfo;
import io.github.bitget4j.model.v3.UtaBrokerCommission;
import io.github.bitget4j.model.v3.UtaBrokerDepositAddress;
import io.github.bitget4j.model.v3.UtaBrokerDepositWithdrawals;
import io.github.bitget4j.model.v3.UtaBrokerSubAccountCreated;
import io.github.bitget4j.model.v3.UtaBrokerSubAccountModified;
import io.github.bitget4j.model.v3.UtaBrokerSubAccounts;
import io.github.bitget4j.model.v3.UtaBrokerWithdrawalIds;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.BrokerApiV3}. */
public final class BrokerEndpointsV3 {

    /** {@code POST /api/v3/broker/sub-withdrawal}. */
    public static final Endpoint<UtaBrokerWithdrawalIds> BROKER_SUB_WITHDRAWAL =
            Endpoint.post("/api/v3/broker/sub-withdrawal", PRIVATE, UtaBrokerWithdrawalIds.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "dest", "address", "amount", "chain", "tag", "clientOid");

    /** {@code POST /api/v3/broker/sub-deposit-address}. */
    public static final Endpoint<UtaBrokerDepositAddress> GET_BROKER_SUB_DEPOSIT_ADDRESS =
            Endpoint.post("/api/v3/broker/sub-deposit-address", PRIVATE, UtaBrokerDepositAddress.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "chain");

    /** {@code GET /api/v3/broker/all-sub-deposit-withdrawal}. */
    public static final Endpoint<UtaBrokerDepositWithdrawals> GET_BROKER_ALL_SUB_DEPOSIT_WITHDRAWAL =
            Endpoint.get("/api/v3/broker/all-sub-deposit-withdrawal", PRIVATE, UtaBrokerDepositWithdrawals.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "cursor", "status");

    /** {@code POST /api/v3/broker/create-sub}. */
    public static final Endpoint<UtaBrokerSubAccountCreated> CREATE_BROKER_SUB_ACCOUNT =
            Endpoint.post("/api/v3/broker/create-sub", PRIVATE, UtaBrokerSubAccountCreated.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subaccountName", "label");

    /** {@code GET /api/v3/broker/sub-list}. */
    public static final Endpoint<UtaBrokerSubAccounts> GET_BROKER_SUB_ACCOUNT_LIST =
            Endpoint.get("/api/v3/broker/sub-list", PRIVATE, UtaBrokerSubAccounts.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("limit", "cursor", "status");

    /** {@code POST /api/v3/broker/modify-sub}. */
    public static final Endpoint<UtaBrokerSubAccountModified> MODIFY_BROKER_SUB_ACCOUNT =
            Endpoint.post("/api/v3/broker/modify-sub", PRIVATE, UtaBrokerSubAccountModified.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "status", "permList");

    /** {@code GET /api/v3/broker/commission}. */
    public static final Endpoint<List<UtaBrokerCommission>> GET_BROKER_COMMISSION =
            Endpoint.getList("/api/v3/broker/commission", PRIVATE, UtaBrokerCommission.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageSize", "pageNo", "bizType", "subBizType");

    /** {@code POST /api/v3/broker/create-sub-apikey}. */
    public static final Endpoint<UtaBrokerApiKeyCreated> CREATE_BROKER_SUB_API_KEY =
            Endpoint.post("/api/v3/broker/create-sub-apikey", PRIVATE, UtaBrokerApiKeyCreated.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "passphrase", "label", "ipList", "permType", "permList");

    /** {@code POST /api/v3/broker/modify-sub-apikey}. */
    public static final Endpoint<UtaBrokerApiKey> MODIFY_BROKER_SUB_API_KEY =
            Endpoint.post("/api/v3/broker/modify-sub-apikey", PRIVATE, UtaBrokerApiKey.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "passphrase", "apiKey", "label", "ipList", "permType", "permList");

    /** {@code POST /api/v3/broker/delete-sub-apikey}. */
    public static final Endpoint<JsonElement> DELETE_BROKER_SUB_API_KEY =
            Endpoint.post("/api/v3/broker/delete-sub-apikey", PRIVATE, JsonElement.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "apiKey");

    /** {@code GET /api/v3/broker/query-sub-apikey}. */
    public static final Endpoint<UtaBrokerApiKeyInfo> GET_BROKER_SUB_API_KEY =
            Endpoint.get("/api/v3/broker/query-sub-apikey", PRIVATE, UtaBrokerApiKeyInfo.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid");

    private BrokerEndpointsV3() {
    }
}
