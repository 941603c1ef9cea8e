// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.BrokerEndpointsV2;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.broker.BrokerAutoTransferRequest;
import io.github.bitget4j.model.v2.broker.BrokerCreateApiKeyRequest;
import io.github.bitget4j.model.v2.broker.BrokerCreateSubRequest;
import io.github.bitget4j.model.v2.broker.BrokerDeleteApiKeyRequest;
import io.github.bitget4j.model.v2.broker.BrokerInfo;
import io.github.bitget4j.model.v2.broker.BrokerModifyApiKeyRequest;
import io.github.bitget4j.model.v2.broker.BrokerModifySubRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubAccount;
import io.github.bitget4j.model.v2.broker.BrokerSubAccounts;
import io.github.bitget4j.model.v2.broker.BrokerSubAddressRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubApiKey;
import io.github.bitget4j.model.v2.broker.BrokerSubApiKeyCreated;
import io.github.bitget4j.model.v2.broker.BrokerSubDeposit;
import io.github.bitget4j.model.v2.broker.BrokerSubDepositAddress;
import io.github.bitget4j.model.v2.broker.BrokerSubEmail;
import io.github.bitget4j.model.v2.broker.BrokerSubEmailRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubFuturesAssets;
import io.github.bitget4j.model.v2.broker.BrokerSubFuturesAssetsRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubListRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubRecordsRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubSpotAssets;
import io.github.bitget4j.model.v2.broker.BrokerSubSpotAssetsRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubTransfer;
import io.github.bitget4j.model.v2.broker.BrokerSubTransfers;
import io.github.bitget4j.model.v2.broker.BrokerSubTransfersRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubUidRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubWithdrawRequest;
import io.github.bitget4j.model.v2.broker.BrokerSubWithdrawal;
import io.github.bitget4j.model.v2.broker.BrokerSubWithdrawals;
import java.util.List;
import java.util.stream.Stream;

/**
 * ND broker (V2): sub-accounts, assets, deposits, withdrawals, API keys. Main account only.
 */
public interface BrokerApiV2 extends EndpointCaller {

    /**
     * How many sub-accounts the broker has and may have.
     *
     * <p>{@code GET /api/v2/broker/account/info}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerInfo> getBrokerInfo() {
        return call(BrokerEndpointsV2.GET_BROKER_INFO, null);
    }

    /**
     * Creates a sub-account.
     *
     * <p>{@code POST /api/v2/broker/account/create-subaccount}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubAccount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubAccount> createSubaccount(BrokerCreateSubRequest request) {
        return call(BrokerEndpointsV2.CREATE_SUBACCOUNT, request);
    }

    /**
     * Lists sub-accounts, newest first.
     *
     * <p>{@code GET /api/v2/broker/account/subaccount-list}, signed; rate limit 1 request per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubAccounts> getSubaccounts(BrokerSubListRequest request) {
        return call(BrokerEndpointsV2.GET_SUBACCOUNTS, request);
    }

    /**
     * Every item of {@link #getSubaccounts}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerSubAccount> streamSubaccounts(BrokerSubListRequest request) {
        return Pages.byCursor(request, this::getSubaccounts, page -> page.subList(), page -> page.idLessThan(),
                (r, n) -> new BrokerSubListRequest(r.limit(), n, r.status(), r.startTime(), r.endTime(), r.extraParams()));
    }

    /**
     * Lists sub-accounts, newest first.
     *
     * <p>{@code GET /api/v2/broker/account/subaccount-list}, signed; rate limit 1 request per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubAccounts> getSubaccounts() {
        return getSubaccounts(new BrokerSubListRequest(null, null, null, null, null));
    }

    /**
     * Changes permissions, state or language.
     *
     * <p>{@code POST /api/v2/broker/account/modify-subaccount}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubAccount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubAccount> modifySubaccount(BrokerModifySubRequest request) {
        return call(BrokerEndpointsV2.MODIFY_SUBACCOUNT, request);
    }

    /**
     * Sets the e-mail of a sub-account.
     *
     * <p>{@code POST /api/v2/broker/account/modify-subaccount-email}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> modifySubaccountEmail(BrokerSubEmailRequest request) {
        return call(BrokerEndpointsV2.MODIFY_SUBACCOUNT_EMAIL, request);
    }

    /**
     * Reads the e-mail of a sub-account.
     *
     * <p>{@code GET /api/v2/broker/account/subaccount-email}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubEmail}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubEmail> getSubaccountEmail(BrokerSubUidRequest request) {
        return call(BrokerEndpointsV2.GET_SUBACCOUNT_EMAIL, request);
    }

    /**
     * Spot balances of a sub-account.
     *
     * <p>{@code GET /api/v2/broker/account/subaccount-spot-assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubSpotAssets}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubSpotAssets> getSubaccountSpotAssets(BrokerSubSpotAssetsRequest request) {
        return call(BrokerEndpointsV2.GET_SUBACCOUNT_SPOT_ASSETS, request);
    }

    /**
     * Futures balances of a sub-account.
     *
     * <p>{@code GET /api/v2/broker/account/subaccount-future-assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubFuturesAssets}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubFuturesAssets> getSubaccountFuturesAssets(BrokerSubFuturesAssetsRequest request) {
        return call(BrokerEndpointsV2.GET_SUBACCOUNT_FUTURES_ASSETS, request);
    }

    /**
     * Creates a sub-account deposit address.
     *
     * <p>{@code POST /api/v2/broker/account/subaccount-address}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubDepositAddress}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubDepositAddress> createSubaccountDepositAddress(BrokerSubAddressRequest request) {
        return call(BrokerEndpointsV2.CREATE_SUBACCOUNT_DEPOSIT_ADDRESS, request);
    }

    /**
     * Withdraws on chain or to a Bitget UID.
     *
     * <p>{@code POST /api/v2/broker/account/subaccount-withdrawal}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> subaccountWithdrawal(BrokerSubWithdrawRequest request) {
        return call(BrokerEndpointsV2.SUBACCOUNT_WITHDRAWAL, request);
    }

    /**
     * Routes future deposits of a coin.
     *
     * <p>{@code POST /api/v2/broker/account/set-subaccount-autotransfer}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> subaccountSetAutoTransfer(BrokerAutoTransferRequest request) {
        return call(BrokerEndpointsV2.SUBACCOUNT_SET_AUTO_TRANSFER, request);
    }

    /**
     * Sub-account deposits (documented as one record).
     *
     * <p>{@code GET /api/v2/broker/subaccount-deposit}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubDeposit}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubDeposit> subaccountDepositRecords(BrokerSubRecordsRequest request) {
        return call(BrokerEndpointsV2.SUBACCOUNT_DEPOSIT_RECORDS, request);
    }

    /**
     * Sub-account deposits (documented as one record).
     *
     * <p>{@code GET /api/v2/broker/subaccount-deposit}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubDeposit}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubDeposit> subaccountDepositRecords() {
        return subaccountDepositRecords(new BrokerSubRecordsRequest(null, null, null, null, null, null));
    }

    /**
     * Lists sub-account withdrawals.
     *
     * <p>{@code GET /api/v2/broker/subaccount-withdrawal}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubWithdrawals}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubWithdrawals> subaccountWithdrawalRecords(BrokerSubRecordsRequest request) {
        return call(BrokerEndpointsV2.SUBACCOUNT_WITHDRAWAL_RECORDS, request);
    }

    /**
     * Every item of {@link #subaccountWithdrawalRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerSubWithdrawal> streamSubaccountWithdrawalRecords(BrokerSubRecordsRequest request) {
        return Pages.byCursor(request, this::subaccountWithdrawalRecords, page -> page.resultList(), page -> page.endId(),
                (r, n) -> new BrokerSubRecordsRequest(r.orderId(), r.userId(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists sub-account withdrawals.
     *
     * <p>{@code GET /api/v2/broker/subaccount-withdrawal}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubWithdrawals}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubWithdrawals> subaccountWithdrawalRecords() {
        return subaccountWithdrawalRecords(new BrokerSubRecordsRequest(null, null, null, null, null, null));
    }

    /**
     * Deposits and withdrawals of all sub-accounts.
     *
     * <p>{@code GET /api/v2/broker/all-sub-deposit-withdrawal}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubTransfers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubTransfers> getAllSubDepositWithdrawalRecords(BrokerSubTransfersRequest request) {
        return call(BrokerEndpointsV2.GET_ALL_SUB_DEPOSIT_WITHDRAWAL_RECORDS, request);
    }

    /**
     * Every item of {@link #getAllSubDepositWithdrawalRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerSubTransfer> streamAllSubDepositWithdrawalRecords(BrokerSubTransfersRequest request) {
        return Pages.byCursor(request, this::getAllSubDepositWithdrawalRecords, page -> page.list(), page -> page.endId(),
                (r, n) -> new BrokerSubTransfersRequest(r.startTime(), r.endTime(), r.limit(), n, r.type(), r.extraParams()));
    }

    /**
     * Deposits and withdrawals of all sub-accounts.
     *
     * <p>{@code GET /api/v2/broker/all-sub-deposit-withdrawal}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubTransfers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubTransfers> getAllSubDepositWithdrawalRecords() {
        return getAllSubDepositWithdrawalRecords(new BrokerSubTransfersRequest(null, null, null, null, null));
    }

    /**
     * Creates a sub-account API key (secret shown once).
     *
     * <p>{@code POST /api/v2/broker/manage/create-subaccount-apikey}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubApiKeyCreated}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubApiKeyCreated> createSubaccountApiKey(BrokerCreateApiKeyRequest request) {
        return call(BrokerEndpointsV2.CREATE_SUBACCOUNT_API_KEY, request);
    }

    /**
     * Lists the API keys of a sub-account.
     *
     * <p>{@code GET /api/v2/broker/manage/subaccount-apikey-list}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerSubApiKey&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerSubApiKey>> getSubaccountApiKey(BrokerSubUidRequest request) {
        return call(BrokerEndpointsV2.GET_SUBACCOUNT_API_KEY, request);
    }

    /**
     * Changes label, IPs or permissions of a key.
     *
     * <p>{@code POST /api/v2/broker/manage/modify-subaccount-apikey}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerSubApiKey}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerSubApiKey> modifySubaccountApiKey(BrokerModifyApiKeyRequest request) {
        return call(BrokerEndpointsV2.MODIFY_SUBACCOUNT_API_KEY, request);
    }

    /**
     * Deletes an API key of a sub-account.
     *
     * <p>{@code POST /api/v2/broker/manage/delete-subaccount-apikey}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> deleteSubaccountApiKey(BrokerDeleteApiKeyRequest request) {
        return call(BrokerEndpointsV2.DELETE_SUBACCOUNT_API_KEY, request);
    }
}
