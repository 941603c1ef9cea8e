// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaDepositAddress;
import io.github.bitget4j.model.v3.UtaDepositRecord;
import io.github.bitget4j.model.v3.UtaFundingAsset;
import io.github.bitget4j.model.v3.UtaMaxTransferable;
import io.github.bitget4j.model.v3.UtaMaxWithdrawal;
import io.github.bitget4j.model.v3.UtaSubTransferRecords;
import io.github.bitget4j.model.v3.UtaTransferResult;
import io.github.bitget4j.model.v3.UtaWithdrawAddressBook;
import io.github.bitget4j.model.v3.UtaWithdrawRecord;
import io.github.bitget4j.model.v3.UtaWithdrawResult;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.AccountWalletApiV3}. */
public final class AccountWalletEndpointsV3 {

    /** {@code GET /api/v3/account/funding-assets}. */
    public static final Endpoint<List<UtaFundingAsset>> GET_FUNDING_ASSETS =
            Endpoint.getList("/api/v3/account/funding-assets", PRIVATE, UtaFundingAsset.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v3/account/max-transferable}. */
    public static final Endpoint<UtaMaxTransferable> GET_MAX_TRANSFERABLE =
            Endpoint.get("/api/v3/account/max-transferable", PRIVATE, UtaMaxTransferable.class)
                    .withRateLimit(3, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v3/account/max-withdrawal}. */
    public static final Endpoint<UtaMaxWithdrawal> GET_MAX_WITHDRAWAL =
            Endpoint.get("/api/v3/account/max-withdrawal", PRIVATE, UtaMaxWithdrawal.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v3/account/transferable-coins}. */
    public static final Endpoint<List<String>> GET_TRANSFERABLE_COINS =
            Endpoint.getList("/api/v3/account/transferable-coins", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromType", "toType");

    /** {@code POST /api/v3/account/transfer}. */
    public static final Endpoint<UtaTransferResult> SUBMIT_TRANSFER =
            Endpoint.post("/api/v3/account/transfer", PRIVATE, UtaTransferResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromType", "toType", "amount", "coin", "symbol", "allowBorrow", "clientOid");

    /** {@code POST /api/v3/account/sub-transfer}. */
    public static final Endpoint<UtaTransferResult> SUB_ACCOUNT_TRANSFER =
            Endpoint.post("/api/v3/account/sub-transfer", PRIVATE, UtaTransferResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromType", "toType", "amount", "coin", "fromUserId", "toUserId", "clientOid", "allowBorrow");

    /** {@code POST /api/v3/account/sub-master-transfer}. */
    public static final Endpoint<UtaTransferResult> SUB_MASTER_TRANSFER =
            Endpoint.post("/api/v3/account/sub-master-transfer", PRIVATE, UtaTransferResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromType", "toType", "amount", "coin", "clientOid");

    /** {@code GET /api/v3/account/sub-transfer-record}. */
    public static final Endpoint<UtaSubTransferRecords> GET_SUB_TRANSFER_RECORDS =
            Endpoint.get("/api/v3/account/sub-transfer-record", PRIVATE, UtaSubTransferRecords.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "role", "coin", "startTime", "endTime", "clientOid", "limit", "cursor");

    /** {@code POST /api/v3/account/deposit-account}. */
    public static final Endpoint<String> SET_DEPOSIT_ACCOUNT =
            Endpoint.post("/api/v3/account/deposit-account", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "accountType");

    /** {@code GET /api/v3/account/deposit-address}. */
    public static final Endpoint<UtaDepositAddress> GET_DEPOSIT_ADDRESS =
            Endpoint.get("/api/v3/account/deposit-address", PRIVATE, UtaDepositAddress.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "chain", "size");

    /** {@code GET /api/v3/account/sub-deposit-address}. */
    public static final Endpoint<UtaDepositAddress> GET_SUB_DEPOSIT_ADDRESS =
            Endpoint.get("/api/v3/account/sub-deposit-address", PRIVATE, UtaDepositAddress.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "coin", "chain", "size");

    /** {@code GET /api/v3/account/deposit-records}. */
    public static final Endpoint<List<UtaDepositRecord>> GET_DEPOSIT_RECORDS =
            Endpoint.getList("/api/v3/account/deposit-records", PRIVATE, UtaDepositRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "coin", "orderId", "limit", "cursor");

    /** {@code POST /api/v3/account/sub-deposit-records}. */
    public static final Endpoint<List<UtaDepositRecord>> GET_SUB_DEPOSIT_RECORDS =
            Endpoint.postList("/api/v3/account/sub-deposit-records", PRIVATE, UtaDepositRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "startTime", "endTime", "coin", "limit", "cursor");

    /** {@code POST /api/v3/account/withdraw}. */
    public static final Endpoint<UtaWithdrawResult> SUBMIT_WITHDRAW =
            Endpoint.post("/api/v3/account/withdraw", PRIVATE, UtaWithdrawResult.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "transferType", "address", "size", "chain", "innerToType", "areaCode", "tag", "remark", "clientOid", "accountType", "memberCode", "identityType", "companyName", "firstName", "lastName");

    /** {@code GET /api/v3/account/withdrawal-records}. */
    public static final Endpoint<List<UtaWithdrawRecord>> GET_WITHDRAW_RECORDS =
            Endpoint.getList("/api/v3/account/withdrawal-records", PRIVATE, UtaWithdrawRecord.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "coin", "orderId", "clientOid", "limit", "cursor");

    /** {@code GET /api/v3/account/withdraw-address}. */
    public static final Endpoint<UtaWithdrawAddressBook> GET_WITHDRAW_ADDRESS_BOOK =
            Endpoint.get("/api/v3/account/withdraw-address", PRIVATE, UtaWithdrawAddressBook.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "type", "limit", "cursor");

    /** {@code POST /api/v3/account/cancel-withdrawal}. */
    public static final Endpoint<String> CANCEL_WITHDRAWAL =
            Endpoint.post("/api/v3/account/cancel-withdrawal", PRIVATE, String.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "clientOid");

    private AccountWalletEndpointsV3() {
    }
}
