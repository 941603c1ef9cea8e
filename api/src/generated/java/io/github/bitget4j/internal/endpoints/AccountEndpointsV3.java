// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import com.google.gson.JsonElement;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.AccountAssets;
import io.github.bitget4j.model.v3.AccountInfo;
import io.github.bitget4j.model.v3.UtaAccountSettings;
import io.github.bitget4j.model.v3.UtaCollateralCoin;
import io.github.bitget4j.model.v3.UtaCollateralConfig;
import io.github.bitget4j.model.v3.UtaConvertRecords;
import io.github.bitget4j.model.v3.UtaDeductInfo;
import io.github.bitget4j.model.v3.UtaDeltaInfo;
import io.github.bitget4j.model.v3.UtaEligibleLoanInfo;
import io.github.bitget4j.model.v3.UtaEligibleMarginTier;
import io.github.bitget4j.model.v3.UtaEligibleSymbol;
import io.github.bitget4j.model.v3.UtaFeeRate;
import io.github.bitget4j.model.v3.UtaFinancialRecords;
import io.github.bitget4j.model.v3.UtaLeveragePreview;
import io.github.bitget4j.model.v3.UtaMaxOpen;
import io.github.bitget4j.model.v3.UtaMovePositionHistory;
import io.github.bitget4j.model.v3.UtaMovePositionsResult;
import io.github.bitget4j.model.v3.UtaOpenInterestLimit;
import io.github.bitget4j.model.v3.UtaPaymentCoins;
import io.github.bitget4j.model.v3.UtaRealityFill;
import io.github.bitget4j.model.v3.UtaRealityOrderBook;
import io.github.bitget4j.model.v3.UtaRepayResult;
import io.github.bitget4j.model.v3.UtaRepayableCoins;
import io.github.bitget4j.model.v3.UtaSubAccountAssets;
import io.github.bitget4j.model.v3.UtaSwitchStatus;
import io.github.bitget4j.model.v3.UtaSymbolFeeRate;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.AccountApiV3}. */
public final class AccountEndpointsV3 {

    /** {@code GET /api/v3/account/assets}. */
    public static final Endpoint<AccountAssets> GET_BALANCES =
            Endpoint.get("/api/v3/account/assets", PRIVATE, AccountAssets.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/account/info}. */
    public static final Endpoint<AccountInfo> GET_ACCOUNT_INFO =
            Endpoint.get("/api/v3/account/info", PRIVATE, AccountInfo.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/account/settings}. */
    public static final Endpoint<UtaAccountSettings> GET_ACCOUNT_SETTINGS =
            Endpoint.get("/api/v3/account/settings", PRIVATE, UtaAccountSettings.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v3/account/adjust-account-mode}. */
    public static final Endpoint<JsonElement> ADJUST_ACCOUNT_MODE =
            Endpoint.post("/api/v3/account/adjust-account-mode", PRIVATE, JsonElement.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("mode", "deltaSwitch", "targetUid");

    /** {@code GET /api/v3/account/delta-info}. */
    public static final Endpoint<UtaDeltaInfo> GET_DELTA_INFO =
            Endpoint.get("/api/v3/account/delta-info", PRIVATE, UtaDeltaInfo.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v3/account/set-leverage}. */
    public static final Endpoint<String> SET_LEVERAGE =
            Endpoint.post("/api/v3/account/set-leverage", PRIVATE, String.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "leverage", "symbol", "coin", "posSide", "marginMode", "longLeverage", "shortLeverage");

    /** {@code POST /api/v3/account/set-hold-mode}. */
    public static final Endpoint<String> SET_HOLD_MODE =
            Endpoint.post("/api/v3/account/set-hold-mode", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("holdMode");

    /** {@code GET /api/v3/account/collateral-type}. */
    public static final Endpoint<UtaCollateralConfig> GET_COLLATERAL_TYPE =
            Endpoint.get("/api/v3/account/collateral-type", PRIVATE, UtaCollateralConfig.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v3/account/set-collateral-type}. */
    public static final Endpoint<String> SET_COLLATERAL_TYPE =
            Endpoint.post("/api/v3/account/set-collateral-type", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("collateralType", "collateralCoins", "allowCashplus");

    /** {@code GET /api/v3/account/custom-collateral-coins}. */
    public static final Endpoint<List<UtaCollateralCoin>> GET_CUSTOM_COLLATERAL_COINS =
            Endpoint.getList("/api/v3/account/custom-collateral-coins", PUBLIC, UtaCollateralCoin.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("collateralCoin");

    /** {@code GET /api/v3/account/pre-set-leverage}. */
    public static final Endpoint<UtaLeveragePreview> PRE_SET_LEVERAGE =
            Endpoint.get("/api/v3/account/pre-set-leverage", PRIVATE, UtaLeveragePreview.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "marginMode", "symbol", "coin", "leverage", "longLeverage", "shortLeverage");

    /** {@code POST /api/v3/account/set-margin}. */
    public static final Endpoint<String> SET_MARGIN =
            Endpoint.post("/api/v3/account/set-margin", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "posSide", "operation", "amount");

    /** {@code GET /api/v3/account/fee-rate}. */
    public static final Endpoint<UtaFeeRate> GET_FEE_RATE =
            Endpoint.get("/api/v3/account/fee-rate", PRIVATE, UtaFeeRate.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/account/all-fee-rate}. */
    public static final Endpoint<List<UtaSymbolFeeRate>> GET_ALL_FEE_RATES =
            Endpoint.getList("/api/v3/account/all-fee-rate", PRIVATE, UtaSymbolFeeRate.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/account/open-interest-limit}. */
    public static final Endpoint<UtaOpenInterestLimit> GET_OPEN_INTEREST_LIMIT =
            Endpoint.get("/api/v3/account/open-interest-limit", PRIVATE, UtaOpenInterestLimit.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol");

    /** {@code GET /api/v3/account/eligible-symbols}. */
    public static final Endpoint<List<UtaEligibleSymbol>> GET_ELIGIBLE_SYMBOLS =
            Endpoint.getList("/api/v3/account/eligible-symbols", PRIVATE, UtaEligibleSymbol.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol");

    /** {@code GET /api/v3/account/eligible-margin-tier}. */
    public static final Endpoint<List<UtaEligibleMarginTier>> GET_ELIGIBLE_MARGIN_TIER =
            Endpoint.getList("/api/v3/account/eligible-margin-tier", PRIVATE, UtaEligibleMarginTier.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v3/account/eligible-loan-info}. */
    public static final Endpoint<List<UtaEligibleLoanInfo>> GET_ELIGIBLE_LOAN_INFO =
            Endpoint.getList("/api/v3/account/eligible-loan-info", PRIVATE, UtaEligibleLoanInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code POST /api/v3/account/max-open-available}. */
    public static final Endpoint<UtaMaxOpen> GET_MAX_OPEN_AVAILABLE =
            Endpoint.post("/api/v3/account/max-open-available", PRIVATE, UtaMaxOpen.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "orderType", "side", "price", "size");

    /** {@code GET /api/v3/account/financial-records}. */
    public static final Endpoint<UtaFinancialRecords> GET_FINANCIAL_RECORDS =
            Endpoint.get("/api/v3/account/financial-records", PRIVATE, UtaFinancialRecords.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "coin", "type", "startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v3/account/convert-records}. */
    public static final Endpoint<UtaConvertRecords> GET_CONVERT_RECORDS =
            Endpoint.get("/api/v3/account/convert-records", PRIVATE, UtaConvertRecords.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromCoin", "toCoin", "startTime", "endTime", "limit", "cursor");

    /** {@code GET /api/v3/account/repayable-coins}. */
    public static final Endpoint<UtaRepayableCoins> GET_REPAYABLE_COINS =
            Endpoint.get("/api/v3/account/repayable-coins", PRIVATE, UtaRepayableCoins.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/account/payment-coins}. */
    public static final Endpoint<UtaPaymentCoins> GET_PAYMENT_COINS =
            Endpoint.get("/api/v3/account/payment-coins", PRIVATE, UtaPaymentCoins.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v3/account/repay}. */
    public static final Endpoint<UtaRepayResult> SUBMIT_REPAY =
            Endpoint.post("/api/v3/account/repay", PRIVATE, UtaRepayResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("repayableCoinList", "paymentCoinList");

    /** {@code POST /api/v3/account/switch-deduct}. */
    public static final Endpoint<JsonElement> SWITCH_DEDUCT =
            Endpoint.post("/api/v3/account/switch-deduct", PRIVATE, JsonElement.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("deduct");

    /** {@code GET /api/v3/account/deduct-info}. */
    public static final Endpoint<UtaDeductInfo> GET_DEDUCT_INFO =
            Endpoint.get("/api/v3/account/deduct-info", PRIVATE, UtaDeductInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v3/account/switch}. */
    public static final Endpoint<JsonElement> DOWNGRADE_ACCOUNT_TO_CLASSIC =
            Endpoint.post("/api/v3/account/switch", PRIVATE, JsonElement.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/account/switch-status}. */
    public static final Endpoint<UtaSwitchStatus> GET_UNIFIED_ACCOUNT_SWITCH_STATUS =
            Endpoint.get("/api/v3/account/switch-status", PRIVATE, UtaSwitchStatus.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v3/account/sub-unified-assets}. */
    public static final Endpoint<List<UtaSubAccountAssets>> GET_SUB_UNIFIED_ASSETS =
            Endpoint.getList("/api/v3/account/sub-unified-assets", PRIVATE, UtaSubAccountAssets.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid", "cursor", "limit");

    /** {@code POST /api/v3/account/move-positions}. */
    public static final Endpoint<UtaMovePositionsResult> MOVE_POSITIONS =
            Endpoint.post("/api/v3/account/move-positions", PRIVATE, UtaMovePositionsResult.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromUid", "toUid", "category", "positionList");

    /** {@code GET /api/v3/account/move-position-history}. */
    public static final Endpoint<UtaMovePositionHistory> GET_MOVE_POSITION_HISTORY =
            Endpoint.get("/api/v3/account/move-position-history", PRIVATE, UtaMovePositionHistory.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("category", "symbol", "startTime", "endTime", "cursor", "limit");

    /** {@code GET /api/v3/account/reality-orderbook}. */
    public static final Endpoint<UtaRealityOrderBook> GET_REALITY_ORDER_BOOK =
            Endpoint.get("/api/v3/account/reality-orderbook", PRIVATE, UtaRealityOrderBook.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol");

    /** {@code GET /api/v3/account/reality-fills}. */
    public static final Endpoint<List<UtaRealityFill>> GET_REALITY_FILLS =
            Endpoint.getList("/api/v3/account/reality-fills", PRIVATE, UtaRealityFill.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "limit");

    private AccountEndpointsV3() {
    }
}
