// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.EarnLoanEndpointsV2;
import io.github.bitget4j.model.v2.earn.EarnLoanBorrowRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanCurrencies;
import io.github.bitget4j.model.v2.earn.EarnLoanCurrenciesRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanDebts;
import io.github.bitget4j.model.v2.earn.EarnLoanEstimate;
import io.github.bitget4j.model.v2.earn.EarnLoanEstimateRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanHistory;
import io.github.bitget4j.model.v2.earn.EarnLoanHistoryRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanLiquidation;
import io.github.bitget4j.model.v2.earn.EarnLoanLiquidationRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanOngoingRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanOrder;
import io.github.bitget4j.model.v2.earn.EarnLoanOrderId;
import io.github.bitget4j.model.v2.earn.EarnLoanPledgeChange;
import io.github.bitget4j.model.v2.earn.EarnLoanPledgeHistoryRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanPledgeRevision;
import io.github.bitget4j.model.v2.earn.EarnLoanRepayHistoryRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanRepayRequest;
import io.github.bitget4j.model.v2.earn.EarnLoanRepayResult;
import io.github.bitget4j.model.v2.earn.EarnLoanRepayment;
import io.github.bitget4j.model.v2.earn.EarnLoanRevisePledgeRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Crypto loans (V2): borrow against collateral, repay, adjust collateral, history.
 */
public interface EarnLoanApiV2 extends EndpointCaller {

    /**
     * Coins that can be borrowed or pledged, with rates.
     *
     * <p>{@code GET /api/v2/earn/loan/public/coinInfos}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnLoanCurrencies}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnLoanCurrencies> getLoanCurrencies(EarnLoanCurrenciesRequest request) {
        return call(EarnLoanEndpointsV2.GET_LOAN_CURRENCIES, request);
    }

    /**
     * Coins that can be borrowed or pledged, with rates.
     *
     * <p>{@code GET /api/v2/earn/loan/public/coinInfos}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code EarnLoanCurrencies}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnLoanCurrencies> getLoanCurrencies() {
        return getLoanCurrencies(new EarnLoanCurrenciesRequest(null));
    }

    /**
     * Estimates hourly interest and borrowable amount.
     *
     * <p>{@code GET /api/v2/earn/loan/public/hour-interest}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnLoanEstimate}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnLoanEstimate> getLoanEstInterestAndBorrowable(EarnLoanEstimateRequest request) {
        return call(EarnLoanEndpointsV2.GET_LOAN_EST_INTEREST_AND_BORROWABLE, request);
    }

    /**
     * Borrows a coin against collateral.
     *
     * <p>{@code POST /api/v2/earn/loan/borrow}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnLoanOrderId}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnLoanOrderId> borrowLoan(EarnLoanBorrowRequest request) {
        return call(EarnLoanEndpointsV2.BORROW_LOAN, request);
    }

    /**
     * Lists loans not yet repaid.
     *
     * <p>{@code GET /api/v2/earn/loan/ongoing-orders}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnLoanOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnLoanOrder>> getOngoingLoanOrders(EarnLoanOngoingRequest request) {
        return call(EarnLoanEndpointsV2.GET_ONGOING_LOAN_ORDERS, request);
    }

    /**
     * Lists loans not yet repaid.
     *
     * <p>{@code GET /api/v2/earn/loan/ongoing-orders}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnLoanOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnLoanOrder>> getOngoingLoanOrders() {
        return getOngoingLoanOrders(new EarnLoanOngoingRequest(null, null, null));
    }

    /**
     * Repays a loan in part or in full.
     *
     * <p>{@code POST /api/v2/earn/loan/repay}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnLoanRepayResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnLoanRepayResult> repayLoan(EarnLoanRepayRequest request) {
        return call(EarnLoanEndpointsV2.REPAY_LOAN, request);
    }

    /**
     * Lists loan repayments.
     *
     * <p>{@code GET /api/v2/earn/loan/repay-history}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnLoanRepayment&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnLoanRepayment>> getRepayHistory(EarnLoanRepayHistoryRequest request) {
        return call(EarnLoanEndpointsV2.GET_REPAY_HISTORY, request);
    }

    /**
     * Every item of {@link #getRepayHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnLoanRepayment> streamRepayHistory(EarnLoanRepayHistoryRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getRepayHistory, page -> page,
                (r, n) -> new EarnLoanRepayHistoryRequest(r.orderId(), r.loanCoin(), r.pledgeCoin(), r.startTime(), r.endTime(), n, r.pageSize(), r.extraParams()));
    }

    /**
     * Adds or withdraws collateral of a loan.
     *
     * <p>{@code POST /api/v2/earn/loan/revise-pledge}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnLoanPledgeRevision}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnLoanPledgeRevision> updateLoanPledgeRate(EarnLoanRevisePledgeRequest request) {
        return call(EarnLoanEndpointsV2.UPDATE_LOAN_PLEDGE_RATE, request);
    }

    /**
     * Lists collateral changes.
     *
     * <p>{@code GET /api/v2/earn/loan/revise-history}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnLoanPledgeChange&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnLoanPledgeChange>> getLoanPledgeRateHistory(EarnLoanPledgeHistoryRequest request) {
        return call(EarnLoanEndpointsV2.GET_LOAN_PLEDGE_RATE_HISTORY, request);
    }

    /**
     * Every item of {@link #getLoanPledgeRateHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnLoanPledgeChange> streamLoanPledgeRateHistory(EarnLoanPledgeHistoryRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getLoanPledgeRateHistory, page -> page,
                (r, n) -> new EarnLoanPledgeHistoryRequest(r.orderId(), r.reviseSide(), r.pledgeCoin(), r.startTime(), r.endTime(), n, r.pageSize(), r.extraParams()));
    }

    /**
     * Lists past loans.
     *
     * <p>{@code GET /api/v2/earn/loan/borrow-history}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnLoanHistory&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnLoanHistory>> getLoanHistory(EarnLoanHistoryRequest request) {
        return call(EarnLoanEndpointsV2.GET_LOAN_HISTORY, request);
    }

    /**
     * Every item of {@link #getLoanHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnLoanHistory> streamLoanHistory(EarnLoanHistoryRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getLoanHistory, page -> page,
                (r, n) -> new EarnLoanHistoryRequest(r.orderId(), r.loanCoin(), r.pledgeCoin(), r.status(), r.startTime(), r.endTime(), n, r.pageSize(), r.extraParams()));
    }

    /**
     * Totals of your loan debts and pledged collateral.
     *
     * <p>{@code GET /api/v2/earn/loan/debts}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code EarnLoanDebts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnLoanDebts> getLoanDebts() {
        return call(EarnLoanEndpointsV2.GET_LOAN_DEBTS, null);
    }

    /**
     * Lists loan liquidations.
     *
     * <p>{@code GET /api/v2/earn/loan/reduces}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnLoanLiquidation&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnLoanLiquidation>> getLoanLiquidationRecords(EarnLoanLiquidationRequest request) {
        return call(EarnLoanEndpointsV2.GET_LOAN_LIQUIDATION_RECORDS, request);
    }

    /**
     * Every item of {@link #getLoanLiquidationRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code pageNo}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnLoanLiquidation> streamLoanLiquidationRecords(EarnLoanLiquidationRequest request) {
        return Pages.byNumber(request, request.pageNo() == null ? 1 : request.pageNo(), this::getLoanLiquidationRecords, page -> page,
                (r, n) -> new EarnLoanLiquidationRequest(r.orderId(), r.loanCoin(), r.pledgeCoin(), r.status(), r.startTime(), r.endTime(), n, r.pageSize(), r.extraParams()));
    }
}
