// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.SpotAccountInfo;
import io.github.bitget4j.model.v2.SpotAsset;
import io.github.bitget4j.model.v2.SpotBill;
import io.github.bitget4j.model.v2.SpotDeductInfo;
import io.github.bitget4j.model.v2.SpotLoanLtv;
import io.github.bitget4j.model.v2.SpotLoanMarginCoins;
import io.github.bitget4j.model.v2.SpotLoanOrder;
import io.github.bitget4j.model.v2.SpotLoanProduct;
import io.github.bitget4j.model.v2.SpotLoanRepayment;
import io.github.bitget4j.model.v2.SpotLoanRiskUnits;
import io.github.bitget4j.model.v2.SpotLoanSymbols;
import io.github.bitget4j.model.v2.SpotSubAccountAssets;
import io.github.bitget4j.model.v2.SpotSubTransferRecord;
import io.github.bitget4j.model.v2.SpotTransferRecord;
import io.github.bitget4j.model.v2.SpotUpgradeStatus;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.SpotAccountApiV2}. */
public final class SpotAccountEndpointsV2 {

    /** {@code GET /api/v2/spot/account/assets}. */
    public static final Endpoint<List<SpotAsset>> GET_SPOT_ACCOUNT_ASSETS =
            Endpoint.getList("/api/v2/spot/account/assets", PRIVATE, SpotAsset.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "assetType");

    /** {@code GET /api/v2/spot/account/info}. */
    public static final Endpoint<SpotAccountInfo> GET_SPOT_ACCOUNT =
            Endpoint.get("/api/v2/spot/account/info", PRIVATE, SpotAccountInfo.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/spot/account/subaccount-assets}. */
    public static final Endpoint<List<SpotSubAccountAssets>> GET_SPOT_SUB_ACCOUNT_ASSETS =
            Endpoint.getList("/api/v2/spot/account/subaccount-assets", PRIVATE, SpotSubAccountAssets.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/spot/account/bills}. */
    public static final Endpoint<List<SpotBill>> GET_SPOT_ACCOUNT_BILLS =
            Endpoint.getList("/api/v2/spot/account/bills", PRIVATE, SpotBill.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "groupType", "businessType", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/spot/account/sub-main-trans-record}. */
    public static final Endpoint<List<SpotSubTransferRecord>> GET_SPOT_MAIN_SUB_TRANSFER_RECORD =
            Endpoint.getList("/api/v2/spot/account/sub-main-trans-record", PRIVATE, SpotSubTransferRecord.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "role", "subUid", "startTime", "endTime", "clientOid", "limit", "idLessThan");

    /** {@code GET /api/v2/spot/account/transferRecords}. */
    public static final Endpoint<List<SpotTransferRecord>> GET_SPOT_TRANSFER_HISTORY =
            Endpoint.getList("/api/v2/spot/account/transferRecords", PRIVATE, SpotTransferRecord.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "fromType", "startTime", "endTime", "clientOid", "limit", "idLessThan");

    /** {@code POST /api/v2/spot/account/switch-deduct}. */
    public static final Endpoint<Boolean> SPOT_SWITCH_BGB_DEDUCT =
            Endpoint.post("/api/v2/spot/account/switch-deduct", PRIVATE, Boolean.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("deduct");

    /** {@code GET /api/v2/spot/account/deduct-info}. */
    public static final Endpoint<SpotDeductInfo> GET_SPOT_BGB_DEDUCT_INFO =
            Endpoint.get("/api/v2/spot/account/deduct-info", PRIVATE, SpotDeductInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v2/spot/account/upgrade}. */
    public static final Endpoint<String> UPGRADE_TO_UNIFIED_ACCOUNT =
            Endpoint.post("/api/v2/spot/account/upgrade", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid");

    /** {@code GET /api/v2/spot/account/upgrade-status}. */
    public static final Endpoint<SpotUpgradeStatus> GET_UNIFIED_ACCOUNT_SWITCH_STATUS =
            Endpoint.get("/api/v2/spot/account/upgrade-status", PRIVATE, SpotUpgradeStatus.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("subUid");

    /** {@code GET /api/v2/spot/ins-loan/product-infos}. */
    public static final Endpoint<SpotLoanProduct> GET_LOAN_PRODUCT_INFO =
            Endpoint.get("/api/v2/spot/ins-loan/product-infos", PRIVATE, SpotLoanProduct.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code GET /api/v2/spot/ins-loan/symbols}. */
    public static final Endpoint<SpotLoanSymbols> GET_LOAN_SYMBOLS =
            Endpoint.get("/api/v2/spot/ins-loan/symbols", PRIVATE, SpotLoanSymbols.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code GET /api/v2/spot/ins-loan/ensure-coins-convert}. */
    public static final Endpoint<SpotLoanMarginCoins> GET_LOAN_MARGIN_COIN_INFO =
            Endpoint.get("/api/v2/spot/ins-loan/ensure-coins-convert", PRIVATE, SpotLoanMarginCoins.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productId");

    /** {@code GET /api/v2/spot/ins-loan/risk-unit}. */
    public static final Endpoint<SpotLoanRiskUnits> GET_LOAN_RISK_UNIT =
            Endpoint.get("/api/v2/spot/ins-loan/risk-unit", PRIVATE, SpotLoanRiskUnits.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/spot/ins-loan/ltv-convert}. */
    public static final Endpoint<SpotLoanLtv> GET_LOAN_LTV_CONVERT =
            Endpoint.get("/api/v2/spot/ins-loan/ltv-convert", PRIVATE, SpotLoanLtv.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("riskUnitId");

    /** {@code GET /api/v2/spot/ins-loan/repaid-history}. */
    public static final Endpoint<List<SpotLoanRepayment>> GET_LOAN_REPAID_HISTORY =
            Endpoint.getList("/api/v2/spot/ins-loan/repaid-history", PRIVATE, SpotLoanRepayment.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit");

    /** {@code GET /api/v2/spot/ins-loan/loan-order}. */
    public static final Endpoint<List<SpotLoanOrder>> GET_LOAN_ORDER =
            Endpoint.getList("/api/v2/spot/ins-loan/loan-order", PRIVATE, SpotLoanOrder.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "startTime", "endTime");

    private SpotAccountEndpointsV2() {
    }
}
