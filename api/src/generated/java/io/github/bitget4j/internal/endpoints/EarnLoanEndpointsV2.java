// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.earn.EarnLoanCurrencies;
import io.github.bitget4j.model.v2.earn.EarnLoanDebts;
import io.github.bitget4j.model.v2.earn.EarnLoanEstimate;
import io.github.bitget4j.model.v2.earn.EarnLoanHistory;
import io.github.bitget4j.model.v2.earn.EarnLoanLiquidation;
import io.github.bitget4j.model.v2.earn.EarnLoanOrder;
import io.github.bitget4j.model.v2.earn.EarnLoanOrderId;
import io.github.bitget4j.model.v2.earn.EarnLoanPledgeChange;
import io.github.bitget4j.model.v2.earn.EarnLoanPledgeRevision;
import io.github.bitget4j.model.v2.earn.EarnLoanRepayResult;
import io.github.bitget4j.model.v2.earn.EarnLoanRepayment;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.EarnLoanApiV2}. */
public final class EarnLoanEndpointsV2 {

    /** {@code GET /api/v2/earn/loan/public/coinInfos}. */
    public static final Endpoint<EarnLoanCurrencies> GET_LOAN_CURRENCIES =
            Endpoint.get("/api/v2/earn/loan/public/coinInfos", PUBLIC, EarnLoanCurrencies.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("coin");

    /** {@code GET /api/v2/earn/loan/public/hour-interest}. */
    public static final Endpoint<EarnLoanEstimate> GET_LOAN_EST_INTEREST_AND_BORROWABLE =
            Endpoint.get("/api/v2/earn/loan/public/hour-interest", PUBLIC, EarnLoanEstimate.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("loanCoin", "pledgeCoin", "daily", "pledgeAmount");

    /** {@code POST /api/v2/earn/loan/borrow}. */
    public static final Endpoint<EarnLoanOrderId> BORROW_LOAN =
            Endpoint.post("/api/v2/earn/loan/borrow", PRIVATE, EarnLoanOrderId.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("loanCoin", "pledgeCoin", "daily", "pledgeAmount", "loanAmount");

    /** {@code GET /api/v2/earn/loan/ongoing-orders}. */
    public static final Endpoint<List<EarnLoanOrder>> GET_ONGOING_LOAN_ORDERS =
            Endpoint.getList("/api/v2/earn/loan/ongoing-orders", PRIVATE, EarnLoanOrder.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin");

    /** {@code POST /api/v2/earn/loan/repay}. */
    public static final Endpoint<EarnLoanRepayResult> REPAY_LOAN =
            Endpoint.post("/api/v2/earn/loan/repay", PRIVATE, EarnLoanRepayResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "amount", "repayUnlock", "repayAll");

    /** {@code GET /api/v2/earn/loan/repay-history}. */
    public static final Endpoint<List<EarnLoanRepayment>> GET_REPAY_HISTORY =
            Endpoint.getList("/api/v2/earn/loan/repay-history", PRIVATE, EarnLoanRepayment.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin", "startTime", "endTime", "pageNo", "pageSize");

    /** {@code POST /api/v2/earn/loan/revise-pledge}. */
    public static final Endpoint<EarnLoanPledgeRevision> UPDATE_LOAN_PLEDGE_RATE =
            Endpoint.post("/api/v2/earn/loan/revise-pledge", PRIVATE, EarnLoanPledgeRevision.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "amount", "pledgeCoin", "reviseType");

    /** {@code GET /api/v2/earn/loan/revise-history}. */
    public static final Endpoint<List<EarnLoanPledgeChange>> GET_LOAN_PLEDGE_RATE_HISTORY =
            Endpoint.getList("/api/v2/earn/loan/revise-history", PRIVATE, EarnLoanPledgeChange.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "reviseSide", "pledgeCoin", "startTime", "endTime", "pageNo", "pageSize");

    /** {@code GET /api/v2/earn/loan/borrow-history}. */
    public static final Endpoint<List<EarnLoanHistory>> GET_LOAN_HISTORY =
            Endpoint.getList("/api/v2/earn/loan/borrow-history", PRIVATE, EarnLoanHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin", "status", "startTime", "endTime", "pageNo", "pageSize");

    /** {@code GET /api/v2/earn/loan/debts}. */
    public static final Endpoint<EarnLoanDebts> GET_LOAN_DEBTS =
            Endpoint.get("/api/v2/earn/loan/debts", PRIVATE, EarnLoanDebts.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/earn/loan/reduces}. */
    public static final Endpoint<List<EarnLoanLiquidation>> GET_LOAN_LIQUIDATION_RECORDS =
            Endpoint.getList("/api/v2/earn/loan/reduces", PRIVATE, EarnLoanLiquidation.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "loanCoin", "pledgeCoin", "status", "startTime", "endTime", "pageNo", "pageSize");

    private EarnLoanEndpointsV2() {
    }
}
