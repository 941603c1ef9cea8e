// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.LoanEndpointsV3;
import io.github.bitget4j.model.v3.UtaLoanBorrowHistoryRequest;
import io.github.bitget4j.model.v3.UtaLoanBorrowRecord;
import io.github.bitget4j.model.v3.UtaLoanBorrowRequest;
import io.github.bitget4j.model.v3.UtaLoanCoins;
import io.github.bitget4j.model.v3.UtaLoanCoinsRequest;
import io.github.bitget4j.model.v3.UtaLoanDebts;
import io.github.bitget4j.model.v3.UtaLoanInterest;
import io.github.bitget4j.model.v3.UtaLoanInterestRequest;
import io.github.bitget4j.model.v3.UtaLoanOngoing;
import io.github.bitget4j.model.v3.UtaLoanOngoingRequest;
import io.github.bitget4j.model.v3.UtaLoanOrderId;
import io.github.bitget4j.model.v3.UtaLoanPledgeRateHistoryRequest;
import io.github.bitget4j.model.v3.UtaLoanPledgeRateRecord;
import io.github.bitget4j.model.v3.UtaLoanReduce;
import io.github.bitget4j.model.v3.UtaLoanReducesRequest;
import io.github.bitget4j.model.v3.UtaLoanRepayHistoryRequest;
import io.github.bitget4j.model.v3.UtaLoanRepayRecord;
import io.github.bitget4j.model.v3.UtaLoanRepayRequest;
import io.github.bitget4j.model.v3.UtaLoanRepayResult;
import io.github.bitget4j.model.v3.UtaLoanRevisePledgeRequest;
import io.github.bitget4j.model.v3.UtaLoanRevisePledgeResult;
import java.util.List;

/**
 * Crypto loans of the unified account (V3): borrow against collateral, repay, adjust collateral. Private: needs credentials.
 */
public interface LoanApiV3 extends EndpointCaller {

    /**
     * Borrows a coin against collateral; send the collateral amount or the loan amount.
     *
     * <p>{@code POST /api/v3/loan/borrow}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanOrderId}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanOrderId> loanBorrow(UtaLoanBorrowRequest request) {
        return call(LoanEndpointsV3.LOAN_BORROW, request);
    }

    /**
     * Repays a crypto loan, in full or in part.
     *
     * <p>{@code POST /api/v3/loan/repay}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanRepayResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanRepayResult> loanRepay(UtaLoanRepayRequest request) {
        return call(LoanEndpointsV3.LOAN_REPAY, request);
    }

    /**
     * Adds collateral to a loan or withdraws some.
     *
     * <p>{@code POST /api/v3/loan/revise-pledge}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanRevisePledgeResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanRevisePledgeResult> loanRevisePledge(UtaLoanRevisePledgeRequest request) {
        return call(LoanEndpointsV3.LOAN_REVISE_PLEDGE, request);
    }

    /**
     * The coins that can be borrowed and the coins accepted as collateral.
     *
     * <p>{@code GET /api/v3/loan/coins}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanCoins}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanCoins> getLoanCoins(UtaLoanCoinsRequest request) {
        return call(LoanEndpointsV3.GET_LOAN_COINS, request);
    }

    /**
     * The coins that can be borrowed and the coins accepted as collateral.
     *
     * <p>{@code GET /api/v3/loan/coins}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanCoins}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanCoins> getLoanCoins() {
        return getLoanCoins(new UtaLoanCoinsRequest(null));
    }

    /**
     * Estimated hourly interest and borrowable amount for a given collateral.
     *
     * <p>{@code GET /api/v3/loan/interest}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanInterest}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanInterest> getLoanInterest(UtaLoanInterestRequest request) {
        return call(LoanEndpointsV3.GET_LOAN_INTEREST, request);
    }

    /**
     * The crypto loans still open.
     *
     * <p>{@code GET /api/v3/loan/borrow-ongoing}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaLoanOngoing&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaLoanOngoing>> getLoanBorrowOngoing(UtaLoanOngoingRequest request) {
        return call(LoanEndpointsV3.GET_LOAN_BORROW_ONGOING, request);
    }

    /**
     * The crypto loans still open.
     *
     * <p>{@code GET /api/v3/loan/borrow-ongoing}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaLoanOngoing&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaLoanOngoing>> getLoanBorrowOngoing() {
        return getLoanBorrowOngoing(new UtaLoanOngoingRequest(null, null, null));
    }

    /**
     * Past crypto loans, one page (the last three months at most).
     *
     * <p>{@code GET /api/v3/loan/borrow-history}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaLoanBorrowRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaLoanBorrowRecord>> getLoanBorrowHistory(UtaLoanBorrowHistoryRequest request) {
        return call(LoanEndpointsV3.GET_LOAN_BORROW_HISTORY, request);
    }

    /**
     * Past loan repayments, one page.
     *
     * <p>{@code GET /api/v3/loan/repay-history}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaLoanRepayRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaLoanRepayRecord>> getLoanRepayHistory(UtaLoanRepayHistoryRequest request) {
        return call(LoanEndpointsV3.GET_LOAN_REPAY_HISTORY, request);
    }

    /**
     * Past collateral adjustments, one page.
     *
     * <p>{@code GET /api/v3/loan/pledge-rate-history}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaLoanPledgeRateRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaLoanPledgeRateRecord>> getLoanPledgeRateHistory(UtaLoanPledgeRateHistoryRequest request) {
        return call(LoanEndpointsV3.GET_LOAN_PLEDGE_RATE_HISTORY, request);
    }

    /**
     * What is locked as collateral and what is owed, per coin.
     *
     * <p>{@code GET /api/v3/loan/debts}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaLoanDebts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLoanDebts> getLoanDebts() {
        return call(LoanEndpointsV3.GET_LOAN_DEBTS, null);
    }

    /**
     * Liquidations of crypto loans, one page.
     *
     * <p>{@code GET /api/v3/loan/reduces}, signed; rate limit 10 requests per second per UID; paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaLoanReduce&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaLoanReduce>> getLoanReduces(UtaLoanReducesRequest request) {
        return call(LoanEndpointsV3.GET_LOAN_REDUCES, request);
    }
}
