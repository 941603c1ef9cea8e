// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaInsLoanBindResult;
import io.github.bitget4j.model.v3.UtaInsLoanLtv;
import io.github.bitget4j.model.v3.UtaInsLoanMarginCoins;
import io.github.bitget4j.model.v3.UtaInsLoanOrder;
import io.github.bitget4j.model.v3.UtaInsLoanProduct;
import io.github.bitget4j.model.v3.UtaInsLoanRepaid;
import io.github.bitget4j.model.v3.UtaInsLoanRiskUnits;
import io.github.bitget4j.model.v3.UtaInsLoanSymbols;
import io.github.bitget4j.model.v3.UtaInsLoanTransfered;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.InsLoanApiV3}. */
public final class InsLoanEndpointsV3 {

    /** {@code GET /api/v3/ins-loan/transfered}. */
    public static final Endpoint<UtaInsLoanTransfered> GET_LOAN_TRANSFERED =
            Endpoint.get("/api/v3/ins-loan/transfered", PRIVATE, UtaInsLoanTransfered.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("userId", "coin");

    /** {@code GET /api/v3/ins-loan/symbols}. */
    public static final Endpoint<UtaInsLoanSymbols> GET_LOAN_SYMBOLS =
            Endpoint.get("/api/v3/ins-loan/symbols", PRIVATE, UtaInsLoanSymbols.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code GET /api/v3/ins-loan/risk-unit}. */
    public static final Endpoint<UtaInsLoanRiskUnits> GET_LOAN_RISK_UNIT =
            Endpoint.get("/api/v3/ins-loan/risk-unit", PRIVATE, UtaInsLoanRiskUnits.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/ins-loan/repaid-history}. */
    public static final Endpoint<List<UtaInsLoanRepaid>> GET_LOAN_REPAID_HISTORY =
            Endpoint.getList("/api/v3/ins-loan/repaid-history", PRIVATE, UtaInsLoanRepaid.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit");

    /** {@code GET /api/v3/ins-loan/product-infos}. */
    public static final Endpoint<UtaInsLoanProduct> GET_LOAN_PRODUCT_INFO =
            Endpoint.get("/api/v3/ins-loan/product-infos", PRIVATE, UtaInsLoanProduct.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code GET /api/v3/ins-loan/loan-order}. */
    public static final Endpoint<List<UtaInsLoanOrder>> GET_LOAN_ORDER =
            Endpoint.getList("/api/v3/ins-loan/loan-order", PRIVATE, UtaInsLoanOrder.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "startTime", "endTime");

    /** {@code GET /api/v3/ins-loan/ltv-convert}. */
    public static final Endpoint<UtaInsLoanLtv> GET_LOAN_LTV_CONVERT =
            Endpoint.get("/api/v3/ins-loan/ltv-convert", PRIVATE, UtaInsLoanLtv.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("riskUnitId");

    /** {@code GET /api/v3/ins-loan/ensure-coins-convert}. */
    public static final Endpoint<UtaInsLoanMarginCoins> GET_LOAN_MARGIN_COIN_INFO =
            Endpoint.get("/api/v3/ins-loan/ensure-coins-convert", PRIVATE, UtaInsLoanMarginCoins.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code POST /api/v3/ins-loan/bind-uid}. */
    public static final Endpoint<UtaInsLoanBindResult> BIND_LOAN_UID =
            Endpoint.post("/api/v3/ins-loan/bind-uid", PRIVATE, UtaInsLoanBindResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("riskUnitId", "uid", "operate");

    private InsLoanEndpointsV3() {
    }
}
