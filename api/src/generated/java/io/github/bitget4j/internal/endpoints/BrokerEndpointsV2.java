// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.broker.BrokerInfo;
import io.github.bitget4j.model.v2.broker.BrokerSubAccount;
import io.github.bitget4j.model.v2.broker.BrokerSubAccounts;
import io.github.bitget4j.model.v2.broker.BrokerSubApiKey;
import io.github.bitget4j.model.v2.broker.BrokerSubApiKeyCreated;
import io.github.bitget4j.model.v2.broker.BrokerSubDeposit;
import io.github.bitget4j.model.v2.broker.BrokerSubDepositAddress;
import io.github.bitget4j.model.v2.broker.BrokerSubEmail;
import io.github.bitget4j.model.v2.broker.BrokerSubFuturesAssets;
import io.github.bitget4j.model.v2.broker.BrokerSubSpotAssets;
import io.github.bitget4j.model.v2.broker.BrokerSubTransfers;
import io.github.bitget4j.model.v2.broker.BrokerSubWithdrawals;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.BrokerApiV2}. */
public final class BrokerEndpointsV2 {

    /** {@code GET /api/v2/broker/account/info}. */
    public static final Endpoint<BrokerInfo> GET_BROKER_INFO =
            Endpoint.get("/api/v2/broker/account/info", PRIVATE, BrokerInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v2/broker/account/create-subaccount}. */
    public static final Endpoint<BrokerSubAccount> CREATE_SUBACCOUNT =
            Endpoint.post("/api/v2/broker/account/create-subaccount", PRIVATE, BrokerSubAccount.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subaccountName", "label");

    /** {@code GET /api/v2/broker/account/subaccount-list}. */
    public static final Endpoint<BrokerSubAccounts> GET_SUBACCOUNTS =
            Endpoint.get("/api/v2/broker/account/subaccount-list", PRIVATE, BrokerSubAccounts.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("limit", "idLessThan", "status", "startTime", "endTime");

    /** {@code POST /api/v2/broker/account/modify-subaccount}. */
    public static final Endpoint<BrokerSubAccount> MODIFY_SUBACCOUNT =
            Endpoint.post("/api/v2/broker/account/modify-subaccount", PRIVATE, BrokerSubAccount.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "permList", "status", "language");

    /** {@code POST /api/v2/broker/account/modify-subaccount-email}. */
    public static final Endpoint<String> MODIFY_SUBACCOUNT_EMAIL =
            Endpoint.post("/api/v2/broker/account/modify-subaccount-email", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "subaccountEmail");

    /** {@code GET /api/v2/broker/account/subaccount-email}. */
    public static final Endpoint<BrokerSubEmail> GET_SUBACCOUNT_EMAIL =
            Endpoint.get("/api/v2/broker/account/subaccount-email", PRIVATE, BrokerSubEmail.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid");

    /** {@code GET /api/v2/broker/account/subaccount-spot-assets}. */
    public static final Endpoint<BrokerSubSpotAssets> GET_SUBACCOUNT_SPOT_ASSETS =
            Endpoint.get("/api/v2/broker/account/subaccount-spot-assets", PRIVATE, BrokerSubSpotAssets.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "assetType");

    /** {@code GET /api/v2/broker/account/subaccount-future-assets}. */
    public static final Endpoint<BrokerSubFuturesAssets> GET_SUBACCOUNT_FUTURES_ASSETS =
            Endpoint.get("/api/v2/broker/account/subaccount-future-assets", PRIVATE, BrokerSubFuturesAssets.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "productType");

    /** {@code POST /api/v2/broker/account/subaccount-address}. */
    public static final Endpoint<BrokerSubDepositAddress> CREATE_SUBACCOUNT_DEPOSIT_ADDRESS =
            Endpoint.post("/api/v2/broker/account/subaccount-address", PRIVATE, BrokerSubDepositAddress.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "chain");

    /** {@code POST /api/v2/broker/account/subaccount-withdrawal}. */
    public static final Endpoint<OrderIds> SUBACCOUNT_WITHDRAWAL =
            Endpoint.post("/api/v2/broker/account/subaccount-withdrawal", PRIVATE, OrderIds.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "dest", "chain", "address", "amount", "tag", "clientOid");

    /** {@code POST /api/v2/broker/account/set-subaccount-autotransfer}. */
    public static final Endpoint<String> SUBACCOUNT_SET_AUTO_TRANSFER =
            Endpoint.post("/api/v2/broker/account/set-subaccount-autotransfer", PRIVATE, String.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "toAccountType");

    /** {@code GET /api/v2/broker/subaccount-deposit}. */
    public static final Endpoint<BrokerSubDeposit> SUBACCOUNT_DEPOSIT_RECORDS =
            Endpoint.get("/api/v2/broker/subaccount-deposit", PRIVATE, BrokerSubDeposit.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "userId", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/broker/subaccount-withdrawal}. */
    public static final Endpoint<BrokerSubWithdrawals> SUBACCOUNT_WITHDRAWAL_RECORDS =
            Endpoint.get("/api/v2/broker/subaccount-withdrawal", PRIVATE, BrokerSubWithdrawals.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "userId", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/broker/all-sub-deposit-withdrawal}. */
    public static final Endpoint<BrokerSubTransfers> GET_ALL_SUB_DEPOSIT_WITHDRAWAL_RECORDS =
            Endpoint.get("/api/v2/broker/all-sub-deposit-withdrawal", PRIVATE, BrokerSubTransfers.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "idLessThan", "type");

    /** {@code POST /api/v2/broker/manage/create-subaccount-apikey}. */
    public static final Endpoint<BrokerSubApiKeyCreated> CREATE_SUBACCOUNT_API_KEY =
            Endpoint.post("/api/v2/broker/manage/create-subaccount-apikey", PRIVATE, BrokerSubApiKeyCreated.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "passphrase", "label", "ipList", "permType", "permList");

    /** {@code GET /api/v2/broker/manage/subaccount-apikey-list}. */
    public static final Endpoint<List<BrokerSubApiKey>> GET_SUBACCOUNT_API_KEY =
            Endpoint.getList("/api/v2/broker/manage/subaccount-apikey-list", PRIVATE, BrokerSubApiKey.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid");

    /** {@code POST /api/v2/broker/manage/modify-subaccount-apikey}. */
    public static final Endpoint<BrokerSubApiKey> MODIFY_SUBACCOUNT_API_KEY =
            Endpoint.post("/api/v2/broker/manage/modify-subaccount-apikey", PRIVATE, BrokerSubApiKey.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "apiKey", "label", "passphrase", "ipList", "permType", "permList");

    /** {@code POST /api/v2/broker/manage/delete-subaccount-apikey}. */
    public static final Endpoint<String> DELETE_SUBACCOUNT_API_KEY =
            Endpoint.post("/api/v2/broker/manage/delete-subaccount-apikey", PRIVATE, String.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "apiKey");

    private BrokerEndpointsV2() {
    }
}
