// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import com.google.gson.JsonElement;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.margin.MarginAsset;
import io.github.bitget4j.model.v2.margin.MarginBatchOrderResult;
import io.github.bitget4j.model.v2.margin.MarginBorrowHistory;
import io.github.bitget4j.model.v2.margin.MarginBorrowResult;
import io.github.bitget4j.model.v2.margin.MarginCurrency;
import io.github.bitget4j.model.v2.margin.MarginFills;
import io.github.bitget4j.model.v2.margin.MarginFinancialHistory;
import io.github.bitget4j.model.v2.margin.MarginFlashRepayStatus;
import io.github.bitget4j.model.v2.margin.MarginInterestHistory;
import io.github.bitget4j.model.v2.margin.MarginInterestRateLimit;
import io.github.bitget4j.model.v2.margin.MarginLiquidationHistory;
import io.github.bitget4j.model.v2.margin.MarginLiquidationOrders;
import io.github.bitget4j.model.v2.margin.MarginMaxBorrowable;
import io.github.bitget4j.model.v2.margin.MarginMaxTransferable;
import io.github.bitget4j.model.v2.margin.MarginOrders;
import io.github.bitget4j.model.v2.margin.MarginRepayHistory;
import io.github.bitget4j.model.v2.margin.MarginRepayResult;
import io.github.bitget4j.model.v2.margin.MarginTier;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.MarginApiV2}. */
public final class MarginEndpointsV2 {

    /** {@code GET /api/v2/margin/currencies}. */
    public static final Endpoint<List<MarginCurrency>> GET_MARGIN_CURRENCIES =
            Endpoint.getList("/api/v2/margin/currencies", PUBLIC, MarginCurrency.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v2/margin/{marginType}/borrow-history}. */
    public static final Endpoint<MarginBorrowHistory> GET_MARGIN_BORROW_HISTORY =
            Endpoint.get("/api/v2/margin/{marginType}/borrow-history", PRIVATE, MarginBorrowHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "loanId", "coin", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/margin/{marginType}/repay-history}. */
    public static final Endpoint<MarginRepayHistory> GET_MARGIN_REPAY_HISTORY =
            Endpoint.get("/api/v2/margin/{marginType}/repay-history", PRIVATE, MarginRepayHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "repayId", "coin", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/margin/{marginType}/interest-history}. */
    public static final Endpoint<MarginInterestHistory> GET_MARGIN_INTEREST_HISTORY =
            Endpoint.get("/api/v2/margin/{marginType}/interest-history", PRIVATE, MarginInterestHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "coin", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/margin/{marginType}/liquidation-history}. */
    public static final Endpoint<MarginLiquidationHistory> GET_MARGIN_LIQUIDATION_HISTORY =
            Endpoint.get("/api/v2/margin/{marginType}/liquidation-history", PRIVATE, MarginLiquidationHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/margin/{marginType}/financial-records}. */
    public static final Endpoint<MarginFinancialHistory> GET_MARGIN_FINANCIAL_HISTORY =
            Endpoint.get("/api/v2/margin/{marginType}/financial-records", PRIVATE, MarginFinancialHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "marginType", "coin", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/margin/{marginType}/account/assets}. */
    public static final Endpoint<List<MarginAsset>> GET_MARGIN_ACCOUNT_ASSETS =
            Endpoint.getList("/api/v2/margin/{marginType}/account/assets", PRIVATE, MarginAsset.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "coin", "symbol");

    /** {@code POST /api/v2/margin/{marginType}/account/borrow}. */
    public static final Endpoint<MarginBorrowResult> MARGIN_BORROW =
            Endpoint.post("/api/v2/margin/{marginType}/account/borrow", PRIVATE, MarginBorrowResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "coin", "borrowAmount", "clientOid");

    /** {@code POST /api/v2/margin/{marginType}/account/repay}. */
    public static final Endpoint<MarginRepayResult> MARGIN_REPAY =
            Endpoint.post("/api/v2/margin/{marginType}/account/repay", PRIVATE, MarginRepayResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "coin", "repayAmount", "clientOid");

    /** {@code GET /api/v2/margin/{marginType}/account/risk-rate}. */
    public static final Endpoint<JsonElement> GET_MARGIN_RISK_RATE =
            Endpoint.get("/api/v2/margin/{marginType}/account/risk-rate", PRIVATE, JsonElement.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "pageNum", "pageSize");

    /** {@code GET /api/v2/margin/{marginType}/account/max-borrowable-amount}. */
    public static final Endpoint<MarginMaxBorrowable> GET_MARGIN_MAX_BORROWABLE =
            Endpoint.get("/api/v2/margin/{marginType}/account/max-borrowable-amount", PRIVATE, MarginMaxBorrowable.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "coin", "symbol");

    /** {@code GET /api/v2/margin/{marginType}/account/max-transfer-out-amount}. */
    public static final Endpoint<MarginMaxTransferable> GET_MARGIN_MAX_TRANSFERABLE =
            Endpoint.get("/api/v2/margin/{marginType}/account/max-transfer-out-amount", PRIVATE, MarginMaxTransferable.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "coin", "symbol");

    /** {@code GET /api/v2/margin/{marginType}/interest-rate-and-limit}. */
    public static final Endpoint<List<MarginInterestRateLimit>> GET_MARGIN_INTEREST_RATE_AND_MAX_BORROWABLE =
            Endpoint.getList("/api/v2/margin/{marginType}/interest-rate-and-limit", PRIVATE, MarginInterestRateLimit.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "coin", "symbol");

    /** {@code GET /api/v2/margin/{marginType}/tier-data}. */
    public static final Endpoint<List<MarginTier>> GET_MARGIN_TIER_CONFIGURATION =
            Endpoint.getList("/api/v2/margin/{marginType}/tier-data", PRIVATE, MarginTier.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "coin", "symbol");

    /** {@code POST /api/v2/margin/{marginType}/account/flash-repay}. */
    public static final Endpoint<JsonElement> MARGIN_FLASH_REPAY =
            Endpoint.post("/api/v2/margin/{marginType}/account/flash-repay", PRIVATE, JsonElement.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "coin", "symbolList");

    /** {@code GET /api/v2/margin/{marginType}/account/query-flash-repay-status}. */
    public static final Endpoint<List<MarginFlashRepayStatus>> GET_MARGIN_FLASH_REPAY_RESULT =
            Endpoint.getList("/api/v2/margin/{marginType}/account/query-flash-repay-status", PRIVATE, MarginFlashRepayStatus.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "idList");

    /** {@code POST /api/v2/margin/{marginType}/place-order}. */
    public static final Endpoint<OrderIds> MARGIN_SUBMIT_ORDER =
            Endpoint.post("/api/v2/margin/{marginType}/place-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "orderType", "price", "loanType", "force", "baseSize", "quoteSize", "clientOid", "side", "stpMode");

    /** {@code POST /api/v2/margin/{marginType}/batch-place-order}. */
    public static final Endpoint<MarginBatchOrderResult> MARGIN_BATCH_SUBMIT_ORDERS =
            Endpoint.post("/api/v2/margin/{marginType}/batch-place-order", PRIVATE, MarginBatchOrderResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "orderList");

    /** {@code POST /api/v2/margin/{marginType}/cancel-order}. */
    public static final Endpoint<OrderIds> MARGIN_CANCEL_ORDER =
            Endpoint.post("/api/v2/margin/{marginType}/cancel-order", PRIVATE, OrderIds.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "orderId", "clientOid");

    /** {@code POST /api/v2/margin/{marginType}/batch-cancel-order}. */
    public static final Endpoint<MarginBatchOrderResult> MARGIN_BATCH_CANCEL_ORDERS =
            Endpoint.post("/api/v2/margin/{marginType}/batch-cancel-order", PRIVATE, MarginBatchOrderResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "orderIdList");

    /** {@code GET /api/v2/margin/{marginType}/open-orders}. */
    public static final Endpoint<MarginOrders> GET_MARGIN_OPEN_ORDERS =
            Endpoint.get("/api/v2/margin/{marginType}/open-orders", PRIVATE, MarginOrders.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "orderId", "clientOid", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/margin/{marginType}/history-orders}. */
    public static final Endpoint<MarginOrders> GET_MARGIN_HISTORIC_ORDERS =
            Endpoint.get("/api/v2/margin/{marginType}/history-orders", PRIVATE, MarginOrders.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "orderId", "enterPointSource", "clientOid", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/margin/{marginType}/fills}. */
    public static final Endpoint<MarginFills> GET_MARGIN_HISTORIC_ORDER_FILLS =
            Endpoint.get("/api/v2/margin/{marginType}/fills", PRIVATE, MarginFills.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "symbol", "orderId", "idLessThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/margin/{marginType}/liquidation-order}. */
    public static final Endpoint<MarginLiquidationOrders> GET_MARGIN_LIQUIDATION_ORDERS =
            Endpoint.get("/api/v2/margin/{marginType}/liquidation-order", PRIVATE, MarginLiquidationOrders.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "type", "symbol", "fromCoin", "toCoin", "startTime", "endTime", "limit", "idLessThan");

    private MarginEndpointsV2() {
    }
}
