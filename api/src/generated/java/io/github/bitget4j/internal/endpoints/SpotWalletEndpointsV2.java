// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.SpotDepositAddress;
import io.github.bitget4j.model.v2.SpotDepositRecord;
import io.github.bitget4j.model.v2.SpotTransferResult;
import io.github.bitget4j.model.v2.SpotWithdrawalRecord;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SpotWalletApiV2}. */
public final class SpotWalletEndpointsV2 {

    /** {@code POST /api/v2/spot/wallet/transfer}. */
    public static final Endpoint<SpotTransferResult> SPOT_TRANSFER =
            Endpoint.post("/api/v2/spot/wallet/transfer", PRIVATE, SpotTransferResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromType", "toType", "amount", "coin", "symbol", "clientOid");

    /** {@code GET /api/v2/spot/wallet/transfer-coin-info}. */
    public static final Endpoint<List<String>> GET_SPOT_TRANSFERABLE_COINS =
            Endpoint.getList("/api/v2/spot/wallet/transfer-coin-info", PRIVATE, String.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromType", "toType");

    /** {@code POST /api/v2/spot/wallet/subaccount-transfer}. */
    public static final Endpoint<SpotTransferResult> SPOT_SUB_TRANSFER =
            Endpoint.post("/api/v2/spot/wallet/subaccount-transfer", PRIVATE, SpotTransferResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromType", "toType", "amount", "coin", "symbol", "clientOid", "fromUserId", "toUserId");

    /** {@code POST /api/v2/spot/wallet/withdrawal}. */
    public static final Endpoint<OrderIds> SPOT_WITHDRAW =
            Endpoint.post("/api/v2/spot/wallet/withdrawal", PRIVATE, OrderIds.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "transferType", "address", "chain", "innerToType", "areaCode", "tag", "size", "remark", "clientOid", "memberCode", "identityType", "companyName", "firstName", "lastName");

    /** {@code POST /api/v2/spot/wallet/cancel-withdrawal}. */
    public static final Endpoint<String> SPOT_CANCEL_WITHDRAWAL =
            Endpoint.post("/api/v2/spot/wallet/cancel-withdrawal", PRIVATE, String.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId");

    /** {@code GET /api/v2/spot/wallet/withdrawal-records}. */
    public static final Endpoint<List<SpotWithdrawalRecord>> GET_SPOT_WITHDRAWAL_HISTORY =
            Endpoint.getList("/api/v2/spot/wallet/withdrawal-records", PRIVATE, SpotWithdrawalRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "clientOid", "startTime", "endTime", "idLessThan", "orderId", "limit");

    /** {@code GET /api/v2/spot/wallet/deposit-address}. */
    public static final Endpoint<SpotDepositAddress> GET_SPOT_DEPOSIT_ADDRESS =
            Endpoint.get("/api/v2/spot/wallet/deposit-address", PRIVATE, SpotDepositAddress.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "chain", "size");

    /** {@code GET /api/v2/spot/wallet/subaccount-deposit-address}. */
    public static final Endpoint<SpotDepositAddress> GET_SPOT_SUB_DEPOSIT_ADDRESS =
            Endpoint.get("/api/v2/spot/wallet/subaccount-deposit-address", PRIVATE, SpotDepositAddress.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "chain", "size");

    /** {@code GET /api/v2/spot/wallet/deposit-records}. */
    public static final Endpoint<List<SpotDepositRecord>> GET_SPOT_DEPOSIT_HISTORY =
            Endpoint.getList("/api/v2/spot/wallet/deposit-records", PRIVATE, SpotDepositRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "orderId", "startTime", "endTime", "idLessThan", "limit");

    /** {@code GET /api/v2/spot/wallet/subaccount-deposit-records}. */
    public static final Endpoint<List<SpotDepositRecord>> GET_SUB_ACCOUNT_DEPOSIT_RECORDS =
            Endpoint.getList("/api/v2/spot/wallet/subaccount-deposit-records", PRIVATE, SpotDepositRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "startTime", "endTime", "idLessThan", "limit");

    /** {@code POST /api/v2/spot/wallet/modify-deposit-account}. */
    public static final Endpoint<String> SPOT_MODIFY_DEPOSIT_ACCOUNT =
            Endpoint.post("/api/v2/spot/wallet/modify-deposit-account", PRIVATE, String.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("accountType", "coin");

    private SpotWalletEndpointsV2() {
    }
}
