// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.BrokerCommissionEndpointsV2;
import io.github.bitget4j.model.v2.broker.BrokerAgentAsset;
import io.github.bitget4j.model.v2.broker.BrokerAgentAssetsRequest;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommission;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissionDetail;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissionDetailRequest;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissionDetails;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissions;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissionsRequest;
import io.github.bitget4j.model.v2.broker.BrokerAgentCursorRequest;
import io.github.bitget4j.model.v2.broker.BrokerAgentCustomer;
import io.github.bitget4j.model.v2.broker.BrokerAgentCustomerListRequest;
import io.github.bitget4j.model.v2.broker.BrokerAgentDeposit;
import io.github.bitget4j.model.v2.broker.BrokerAgentKyc;
import io.github.bitget4j.model.v2.broker.BrokerAgentKycResults;
import io.github.bitget4j.model.v2.broker.BrokerAgentPageRequest;
import io.github.bitget4j.model.v2.broker.BrokerAgentSubCustomers;
import io.github.bitget4j.model.v2.broker.BrokerAgentTradeVolume;
import io.github.bitget4j.model.v2.broker.BrokerCommission;
import io.github.bitget4j.model.v2.broker.BrokerCommissionsRequest;
import io.github.bitget4j.model.v2.broker.BrokerOrderCommission;
import io.github.bitget4j.model.v2.broker.BrokerOrderCommissionRequest;
import io.github.bitget4j.model.v2.broker.BrokerOrderCommissions;
import io.github.bitget4j.model.v2.broker.BrokerPageRequest;
import io.github.bitget4j.model.v2.broker.BrokerRebateInfo;
import io.github.bitget4j.model.v2.broker.BrokerSubaccountInfo;
import io.github.bitget4j.model.v2.broker.BrokerTimeRangeRequest;
import io.github.bitget4j.model.v2.broker.BrokerTotalCommission;
import io.github.bitget4j.model.v2.broker.BrokerTradeVolume;
import io.github.bitget4j.model.v2.broker.BrokerUidRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Broker and affiliate (V2): customers, trading volume, commissions and rebates.
 */
public interface BrokerCommissionApiV2 extends EndpointCaller {

    /**
     * Lists the broker's users with first deposit and trade times.
     *
     * <p>{@code GET /api/v2/broker/subaccounts}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerSubaccountInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerSubaccountInfo>> getBrokerSubaccounts(BrokerPageRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_BROKER_SUBACCOUNTS, request);
    }

    /**
     * Every item of {@link #getBrokerSubaccounts}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerSubaccountInfo> streamBrokerSubaccounts(BrokerPageRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getBrokerSubaccounts, page -> page,
                (r, n) -> new BrokerPageRequest(r.startTime(), r.endTime(), r.pageSize(), n, r.extraParams()));
    }

    /**
     * Lists the broker's users with first deposit and trade times.
     *
     * <p>{@code GET /api/v2/broker/subaccounts}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerSubaccountInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerSubaccountInfo>> getBrokerSubaccounts() {
        return getBrokerSubaccounts(new BrokerPageRequest(null, null, null, null));
    }

    /**
     * Lists commissions per user and symbol.
     *
     * <p>{@code GET /api/v2/broker/commissions}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerCommission&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerCommission>> getBrokerCommissions(BrokerCommissionsRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_BROKER_COMMISSIONS, request);
    }

    /**
     * Every item of {@link #getBrokerCommissions}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerCommission> streamBrokerCommissions(BrokerCommissionsRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getBrokerCommissions, page -> page,
                (r, n) -> new BrokerCommissionsRequest(r.startTime(), r.endTime(), r.pageSize(), n, r.bizType(), r.subBizType(), r.extraParams()));
    }

    /**
     * Lists commissions per user and symbol.
     *
     * <p>{@code GET /api/v2/broker/commissions}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerCommission&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerCommission>> getBrokerCommissions() {
        return getBrokerCommissions(new BrokerCommissionsRequest(null, null, null, null, null, null));
    }

    /**
     * Lists trading volume per user.
     *
     * <p>{@code GET /api/v2/broker/trade-volume}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerTradeVolume&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerTradeVolume>> getBrokerTradeVolume(BrokerPageRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_BROKER_TRADE_VOLUME, request);
    }

    /**
     * Every item of {@link #getBrokerTradeVolume}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerTradeVolume> streamBrokerTradeVolume(BrokerPageRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getBrokerTradeVolume, page -> page,
                (r, n) -> new BrokerPageRequest(r.startTime(), r.endTime(), r.pageSize(), n, r.extraParams()));
    }

    /**
     * Lists trading volume per user.
     *
     * <p>{@code GET /api/v2/broker/trade-volume}, signed; rate limit 5 requests per second per UID; paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerTradeVolume&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerTradeVolume>> getBrokerTradeVolume() {
        return getBrokerTradeVolume(new BrokerPageRequest(null, null, null, null));
    }

    /**
     * Daily commission totals (UTC+8 days, updated T+1).
     *
     * <p>{@code GET /api/v2/broker/total-commission}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerTotalCommission&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerTotalCommission>> getBrokerTotalCommission(BrokerTimeRangeRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_BROKER_TOTAL_COMMISSION, request);
    }

    /**
     * Daily commission totals (UTC+8 days, updated T+1).
     *
     * <p>{@code GET /api/v2/broker/total-commission}, signed; rate limit 20 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerTotalCommission&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerTotalCommission>> getBrokerTotalCommission() {
        return getBrokerTotalCommission(new BrokerTimeRangeRequest(null, null));
    }

    /**
     * Lists commission per fill (last 30 days, updated T+1).
     *
     * <p>{@code GET /api/v2/broker/order-commission}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerOrderCommissions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerOrderCommissions> getBrokerOrderCommission(BrokerOrderCommissionRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_BROKER_ORDER_COMMISSION, request);
    }

    /**
     * Every item of {@link #getBrokerOrderCommission}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerOrderCommission> streamBrokerOrderCommission(BrokerOrderCommissionRequest request) {
        return Pages.byCursor(request, this::getBrokerOrderCommission, page -> page.commissionlist(), page -> page.endId(),
                (r, n) -> new BrokerOrderCommissionRequest(r.startTime(), r.endTime(), r.limit(), r.uid(), r.orderId(), n, r.extraParams()));
    }

    /**
     * Lists commission per fill (last 30 days, updated T+1).
     *
     * <p>{@code GET /api/v2/broker/order-commission}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerOrderCommissions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerOrderCommissions> getBrokerOrderCommission() {
        return getBrokerOrderCommission(new BrokerOrderCommissionRequest(null, null, null, null, null, null));
    }

    /**
     * Rebate channel, level and ratios of one user.
     *
     * <p>{@code GET /api/v2/broker/rebate-info}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerRebateInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerRebateInfo> getBrokerRebateInfo(BrokerUidRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_BROKER_REBATE_INFO, request);
    }

    /**
     * Daily commissions from direct customers (T+1).
     *
     * <p>{@code GET /api/v2/broker/customer-commissions}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentCommissions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentCommissions> getAgentCustomerCommissions(BrokerAgentCommissionsRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_CUSTOMER_COMMISSIONS, request);
    }

    /**
     * Every item of {@link #getAgentCustomerCommissions}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentCommission> streamAgentCustomerCommissions(BrokerAgentCommissionsRequest request) {
        return Pages.byCursor(request, this::getAgentCustomerCommissions, page -> page.commissionList(), page -> page.endId(),
                (r, n) -> new BrokerAgentCommissionsRequest(r.startTime(), r.endTime(), n, r.limit(), r.uid(), r.coin(), r.symbol(), r.showSub(), r.extraParams()));
    }

    /**
     * Daily commissions from direct customers (T+1).
     *
     * <p>{@code GET /api/v2/broker/customer-commissions}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentCommissions}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentCommissions> getAgentCustomerCommissions() {
        return getAgentCustomerCommissions(new BrokerAgentCommissionsRequest(null, null, null, null, null, null, null, null));
    }

    /**
     * Lists sub-customers (all without a time range).
     *
     * <p>{@code GET /api/v2/broker/sub-customer-list}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentSubCustomers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentSubCustomers> getAgentSubCustomerList(BrokerAgentCursorRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_SUB_CUSTOMER_LIST, request);
    }

    /**
     * Every item of {@link #getAgentSubCustomerList}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentCustomer> streamAgentSubCustomerList(BrokerAgentCursorRequest request) {
        return Pages.byCursor(request, this::getAgentSubCustomerList, page -> page.list(), page -> page.minId(),
                (r, n) -> new BrokerAgentCursorRequest(r.startTime(), r.endTime(), n, r.limit(), r.uid(), r.showSub(), r.extraParams()));
    }

    /**
     * Lists sub-customers (all without a time range).
     *
     * <p>{@code GET /api/v2/broker/sub-customer-list}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentSubCustomers}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentSubCustomers> getAgentSubCustomerList() {
        return getAgentSubCustomerList(new BrokerAgentCursorRequest(null, null, null, null, null, null));
    }

    /**
     * Lists trading volume per customer.
     *
     * <p>{@code POST /api/v2/broker/customer-trade-volume}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentTradeVolume&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentTradeVolume>> getAgentCustomerTradeVolume(BrokerAgentPageRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_CUSTOMER_TRADE_VOLUME, request);
    }

    /**
     * Every item of {@link #getAgentCustomerTradeVolume}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentTradeVolume> streamAgentCustomerTradeVolume(BrokerAgentPageRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getAgentCustomerTradeVolume, page -> page,
                (r, n) -> new BrokerAgentPageRequest(r.startTime(), r.endTime(), n, r.pageSize(), r.uid(), r.showSub(), r.extraParams()));
    }

    /**
     * Lists trading volume per customer.
     *
     * <p>{@code POST /api/v2/broker/customer-trade-volume}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentTradeVolume&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentTradeVolume>> getAgentCustomerTradeVolume() {
        return getAgentCustomerTradeVolume(new BrokerAgentPageRequest(null, null, null, null, null, null));
    }

    /**
     * Lists customers; every one when no time range is set.
     *
     * <p>{@code POST /api/v2/broker/customer-list}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentCustomer&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentCustomer>> getAgentCustomerList(BrokerAgentCustomerListRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_CUSTOMER_LIST, request);
    }

    /**
     * Every item of {@link #getAgentCustomerList}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentCustomer> streamAgentCustomerList(BrokerAgentCustomerListRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getAgentCustomerList, page -> page,
                (r, n) -> new BrokerAgentCustomerListRequest(r.startTime(), r.endTime(), n, r.pageSize(), r.uid(), r.referralCode(), r.showSub(), r.extraParams()));
    }

    /**
     * Lists customers; every one when no time range is set.
     *
     * <p>{@code POST /api/v2/broker/customer-list}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentCustomer&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentCustomer>> getAgentCustomerList() {
        return getAgentCustomerList(new BrokerAgentCustomerListRequest(null, null, null, null, null, null, null));
    }

    /**
     * Lists identity check results of customers.
     *
     * <p>{@code GET /api/v2/broker/customer-kyc-result}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentKycResults}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentKycResults> getAgentCustomerKycResult(BrokerAgentCursorRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_CUSTOMER_KYC_RESULT, request);
    }

    /**
     * Every item of {@link #getAgentCustomerKycResult}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentKyc> streamAgentCustomerKycResult(BrokerAgentCursorRequest request) {
        return Pages.byCursor(request, this::getAgentCustomerKycResult, page -> page.userList(), page -> page.endId(),
                (r, n) -> new BrokerAgentCursorRequest(r.startTime(), r.endTime(), n, r.limit(), r.uid(), r.showSub(), r.extraParams()));
    }

    /**
     * Lists identity check results of customers.
     *
     * <p>{@code GET /api/v2/broker/customer-kyc-result}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentKycResults}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentKycResults> getAgentCustomerKycResult() {
        return getAgentCustomerKycResult(new BrokerAgentCursorRequest(null, null, null, null, null, null));
    }

    /**
     * Lists customer deposits.
     *
     * <p>{@code POST /api/v2/broker/customer-deposit}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentDeposit&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentDeposit>> getAgentCustomerDeposits(BrokerAgentPageRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_CUSTOMER_DEPOSITS, request);
    }

    /**
     * Every item of {@link #getAgentCustomerDeposits}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentDeposit> streamAgentCustomerDeposits(BrokerAgentPageRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getAgentCustomerDeposits, page -> page,
                (r, n) -> new BrokerAgentPageRequest(r.startTime(), r.endTime(), n, r.pageSize(), r.uid(), r.showSub(), r.extraParams()));
    }

    /**
     * Lists customer deposits.
     *
     * <p>{@code POST /api/v2/broker/customer-deposit}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentDeposit&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentDeposit>> getAgentCustomerDeposits() {
        return getAgentCustomerDeposits(new BrokerAgentPageRequest(null, null, null, null, null, null));
    }

    /**
     * Lists customer balances.
     *
     * <p>{@code POST /api/v2/broker/customer-asset}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentAsset>> getAgentCustomerAssets(BrokerAgentAssetsRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_CUSTOMER_ASSETS, request);
    }

    /**
     * Every item of {@link #getAgentCustomerAssets}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentAsset> streamAgentCustomerAssets(BrokerAgentAssetsRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getAgentCustomerAssets, page -> page,
                (r, n) -> new BrokerAgentAssetsRequest(n, r.pageSize(), r.uid(), r.showSub(), r.extraParams()));
    }

    /**
     * Lists customer balances.
     *
     * <p>{@code POST /api/v2/broker/customer-asset}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;BrokerAgentAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<BrokerAgentAsset>> getAgentCustomerAssets() {
        return getAgentCustomerAssets(new BrokerAgentAssetsRequest(null, null, null, null));
    }

    /**
     * Lists partner commission details (last 90 days).
     *
     * <p>{@code GET /api/v2/broker/agent-commission}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentCommissionDetails}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentCommissionDetails> getAgentCommissionDetail(BrokerAgentCommissionDetailRequest request) {
        return call(BrokerCommissionEndpointsV2.GET_AGENT_COMMISSION_DETAIL, request);
    }

    /**
     * Every item of {@link #getAgentCommissionDetail}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<BrokerAgentCommissionDetail> streamAgentCommissionDetail(BrokerAgentCommissionDetailRequest request) {
        return Pages.byCursor(request, this::getAgentCommissionDetail, page -> page.commissionList(), page -> page.endId(),
                (r, n) -> new BrokerAgentCommissionDetailRequest(r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists partner commission details (last 90 days).
     *
     * <p>{@code GET /api/v2/broker/agent-commission}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code BrokerAgentCommissionDetails}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<BrokerAgentCommissionDetails> getAgentCommissionDetail() {
        return getAgentCommissionDetail(new BrokerAgentCommissionDetailRequest(null, null, null, null));
    }
}
