// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import com.google.gson.JsonElement;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.BrokerEndpointsV3;
import io.github.bitget4j.model.v3.UtaBrokerApiKey;
import io.github.bitget4j.model.v3.UtaBrokerApiKeyCreated;
import io.github.bitget4j.model.v3.UtaBrokerApiKeyInfo;
import io.github.bitget4j.model.v3.UtaBrokerCommission;
import io.github.bitget4j.model.v3.UtaBrokerCommissionRequest;
import io.github.bitget4j.model.v3.UtaBrokerCreateApiKeyRequest;
import io.github.bitget4j.model.v3.UtaBrokerCreateSubRequest;
import io.github.bitget4j.model.v3.UtaBrokerDeleteApiKeyRequest;
import io.github.bitget4j.model.v3.UtaBrokerDepositAddress;
import io.github.bitget4j.model.v3.UtaBrokerDepositWithdrawal;
import io.github.bitget4j.model.v3.UtaBrokerDepositWithdrawalRequest;
import io.github.bitget4j.model.v3.UtaBrokerDepositWithdrawals;
import io.github.bitget4j.model.v3.UtaBrokerModifyApiKeyRequest;
import io.github.bitget4j.model.v3.UtaBrokerModifySubRequest;
import io.github.bitget4j.model.v3.UtaBrokerSubAccountCreated;
import io.github.bitget4j.model.v3.UtaBrokerSubAccountModified;
import io.github.bitget4j.model.v3.UtaBrokerSubAccounts;
import io.github.bitget4j.model.v3.UtaBrokerSubApiKeyRequest;
import io.github.bitget4j.model.v3.UtaBrokerSubDepositAddressRequest;
import io.github.bitget4j.model.v3.UtaBrokerSubListRequest;
import io.github.bitget4j.model.v3.UtaBrokerSubWithdrawalRequest;
import io.github.bitget4j.model.v3.UtaBrokerWithdrawalIds;
import java.util.List;
import java.util.stream.Stream;

/**
 * ND broker management for unified accounts (V3): sub-accounts, their withdrawals, deposits, API keys and commissions. Only an ND broker's main account may call these.
 */
public interface BrokerApiV3 extends EndpointCaller {

    /**
     * Withdraws from a sub-account (listed coins only).
     *
     * <p>{@code POST /api/v3/broker/sub-withdrawal}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerWithdrawalIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerWithdrawalIds> brokerSubWithdrawal(UtaBrokerSubWithdrawalRequest request) {
        return call(BrokerEndpointsV3.BROKER_SUB_WITHDRAWAL, request);
    }

    /**
     * A sub-account's deposit address.
     *
     * <p>{@code POST /api/v3/broker/sub-deposit-address}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerDepositAddress}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerDepositAddress> getBrokerSubDepositAddress(UtaBrokerSubDepositAddressRequest request) {
        return call(BrokerEndpointsV3.GET_BROKER_SUB_DEPOSIT_ADDRESS, request);
    }

    /**
     * Sub-account deposits and withdrawals, one page.
     *
     * <p>{@code GET /api/v3/broker/all-sub-deposit-withdrawal}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerDepositWithdrawals}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerDepositWithdrawals> getBrokerAllSubDepositWithdrawal(UtaBrokerDepositWithdrawalRequest request) {
        return call(BrokerEndpointsV3.GET_BROKER_ALL_SUB_DEPOSIT_WITHDRAWAL, request);
    }

    /**
     * Every item of {@link #getBrokerAllSubDepositWithdrawal}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaBrokerDepositWithdrawal> streamBrokerAllSubDepositWithdrawal(UtaBrokerDepositWithdrawalRequest request) {
        return Pages.byCursor(request, this::getBrokerAllSubDepositWithdrawal, page -> page.list(), page -> page.endId(),
                (r, n) -> new UtaBrokerDepositWithdrawalRequest(r.startTime(), r.endTime(), r.limit(), n, r.status(), r.extraParams()));
    }

    /**
     * Sub-account deposits and withdrawals, one page.
     *
     * <p>{@code GET /api/v3/broker/all-sub-deposit-withdrawal}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerDepositWithdrawals}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerDepositWithdrawals> getBrokerAllSubDepositWithdrawal() {
        return getBrokerAllSubDepositWithdrawal(new UtaBrokerDepositWithdrawalRequest(null, null, null, null, null));
    }

    /**
     * Creates a broker sub-account.
     *
     * <p>{@code POST /api/v3/broker/create-sub}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerSubAccountCreated}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerSubAccountCreated> createBrokerSubAccount(UtaBrokerCreateSubRequest request) {
        return call(BrokerEndpointsV3.CREATE_BROKER_SUB_ACCOUNT, request);
    }

    /**
     * The broker's sub-accounts, one page.
     *
     * <p>{@code GET /api/v3/broker/sub-list}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerSubAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerSubAccounts> getBrokerSubAccountList(UtaBrokerSubListRequest request) {
        return call(BrokerEndpointsV3.GET_BROKER_SUB_ACCOUNT_LIST, request);
    }

    /**
     * The broker's sub-accounts, one page.
     *
     * <p>{@code GET /api/v3/broker/sub-list}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerSubAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerSubAccounts> getBrokerSubAccountList() {
        return getBrokerSubAccountList(new UtaBrokerSubListRequest(null, null, null));
    }

    /**
     * Freezes, unfreezes or re-permits a sub-account.
     *
     * <p>{@code POST /api/v3/broker/modify-sub}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerSubAccountModified}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerSubAccountModified> modifyBrokerSubAccount(UtaBrokerModifySubRequest request) {
        return call(BrokerEndpointsV3.MODIFY_BROKER_SUB_ACCOUNT, request);
    }

    /**
     * Commissions earned from sub-accounts, one page.
     *
     * <p>{@code GET /api/v3/broker/commission}, signed; rate limit 20 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaBrokerCommission&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaBrokerCommission>> getBrokerCommission(UtaBrokerCommissionRequest request) {
        return call(BrokerEndpointsV3.GET_BROKER_COMMISSION, request);
    }

    /**
     * Every item of {@link #getBrokerCommission}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaBrokerCommission> streamBrokerCommission(UtaBrokerCommissionRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getBrokerCommission, page -> page,
                (r, n) -> new UtaBrokerCommissionRequest(r.startTime(), r.endTime(), r.pageSize(), n, r.bizType(), r.subBizType(), r.extraParams()));
    }

    /**
     * Commissions earned from sub-accounts, one page.
     *
     * <p>{@code GET /api/v3/broker/commission}, signed; rate limit 20 requests per second per UID; paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaBrokerCommission&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaBrokerCommission>> getBrokerCommission() {
        return getBrokerCommission(new UtaBrokerCommissionRequest(null, null, null, null, null, null));
    }

    /**
     * Creates a sub-account API key; returns its secret.
     *
     * <p>{@code POST /api/v3/broker/create-sub-apikey}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerApiKeyCreated}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerApiKeyCreated> createBrokerSubApiKey(UtaBrokerCreateApiKeyRequest request) {
        return call(BrokerEndpointsV3.CREATE_BROKER_SUB_API_KEY, request);
    }

    /**
     * Changes an API key of a broker sub-account.
     *
     * <p>{@code POST /api/v3/broker/modify-sub-apikey}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerApiKey}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerApiKey> modifyBrokerSubApiKey(UtaBrokerModifyApiKeyRequest request) {
        return call(BrokerEndpointsV3.MODIFY_BROKER_SUB_API_KEY, request);
    }

    /**
     * Deletes a sub-account API key; no data.
     *
     * <p>{@code POST /api/v3/broker/delete-sub-apikey}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> deleteBrokerSubApiKey(UtaBrokerDeleteApiKeyRequest request) {
        return call(BrokerEndpointsV3.DELETE_BROKER_SUB_API_KEY, request);
    }

    /**
     * A sub-account's API key (with its secret).
     *
     * <p>{@code GET /api/v3/broker/query-sub-apikey}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaBrokerApiKeyInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaBrokerApiKeyInfo> getBrokerSubApiKey(UtaBrokerSubApiKeyRequest request) {
        return call(BrokerEndpointsV3.GET_BROKER_SUB_API_KEY, request);
    }
}
