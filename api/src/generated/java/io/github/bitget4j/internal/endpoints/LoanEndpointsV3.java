// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaLoanBorrowRecord;
import io.github.bitget4j.model.v3.UtaLoanCoins;
import io.github.bitget4j.model.v3.UtaLoanDebts;
import io.github.bitget4j.model.v3.UtaLoanInterest;
import io.github.bitget4j.model.v3.UtaLoanOngoing;
import io.github.bitget4j.model.v3.UtaLoanOrderId;
import io.github.bitget4j.model.v3.UtaLoanPledgeRateRecord;
import io.github.bitget4j.model.v3.UtaLoanReduce;
import io.github.bitget4j.model.v3.UtaLoanRepayRecord;
import io.github.bitget4j.model.v3.UtaLoanRepayResult;
import io.github.bitget4j.model.v3.UtaLoanRevisePledgeResult;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.LoanApiV3}. */
public final class LoanEndpointsV3 {

    /** {@code POST /api/v3/loan/borrow}. */
    public static final Endpoint<UtaLoanOrderId> LOAN_BORROW =
            Endpoint.post("/api/v3/loan/borrow", PRIVATE, UtaLoanOrderId.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("loanCoin", "pledgeCoin", "daily", "pledgeAmount", "loanAmount");

    /** {@code POST /api/v3/loan/repay}. */
    public static final Endpoint<UtaLoanRepayResult> LOAN_REPAY =
            Endpoint.post("/api/v3/loan/repay", PRIVATE, UtaLoanRepayResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "method", "repayAll", "amount", "repayUnlock");

    /** {@code POST /api/v3/loan/revise-pledge}. */
    public static final Endpoint<UtaLoanRevisePledgeResult> LOAN_REVISE_PLEDGE =
            Endpoint.post("/api/v3/loan/revise-pledge", PRIVATE, UtaLoanRevisePledgeResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "amount", "pledgeCoin", "reviseType");

    /** {@code GET /api/v3/loan/coins}. */
    public static final Endpoint<UtaLoanCoins> GET_LOAN_COINS =
            Endpoint.get("/api/v3/loan/coins", PRIVATE, UtaLoanCoins.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v3/loan/interest}. */
    public static final Endpoint<UtaLoanInterest> GET_LOAN_INTEREST =
            Endpoint.get("/api/v3/loan/interest", PRIVATE, UtaLoanInterest.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("loanCoin", "pledgeCoin", "daily", "pledgeAmount");

    /** {@code GET /api/v3/loan/borrow-ongoing}. */
    public static final Endpoint<List<UtaLoanOngoing>> GET_LOAN_BORROW_ONGOING =
            Endpoint.getList("/api/v3/loan/borrow-ongoing", PRIVATE, UtaLoanOngoing.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin");

    /** {@code GET /api/v3/loan/borrow-history}. */
    public static final Endpoint<List<UtaLoanBorrowRecord>> GET_LOAN_BORROW_HISTORY =
            Endpoint.getList("/api/v3/loan/borrow-history", PRIVATE, UtaLoanBorrowRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin", "status", "startTime", "endTime", "pageNum", "pageSize");

    /** {@code GET /api/v3/loan/repay-history}. */
    public static final Endpoint<List<UtaLoanRepayRecord>> GET_LOAN_REPAY_HISTORY =
            Endpoint.getList("/api/v3/loan/repay-history", PRIVATE, UtaLoanRepayRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin", "startTime", "endTime", "pageNum", "pageSize");

    /** {@code GET /api/v3/loan/pledge-rate-history}. */
    public static final Endpoint<List<UtaLoanPledgeRateRecord>> GET_LOAN_PLEDGE_RATE_HISTORY =
            Endpoint.getList("/api/v3/loan/pledge-rate-history", PRIVATE, UtaLoanPledgeRateRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "reviseSide", "pledgeCoin", "startTime", "endTime", "pageNum", "pageSize");

    /** {@code GET /api/v3/loan/debts}. */
    public static final Endpoint<UtaLoanDebts> GET_LOAN_DEBTS =
            Endpoint.get("/api/v3/loan/debts", PRIVATE, UtaLoanDebts.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/loan/reduces}. */
    public static final Endpoint<List<UtaLoanReduce>> GET_LOAN_REDUCES =
            Endpoint.getList("/api/v3/loan/reduces", PRIVATE, UtaLoanReduce.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin", "status", "startTime", "endTime", "pageNum", "pageSize");

    private LoanEndpointsV3() {
    }
}
