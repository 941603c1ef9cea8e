// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.futures.FuturesAccount;
import io.github.bitget4j.model.v2.futures.FuturesAccountAsset;
import io.github.bitget4j.model.v2.futures.FuturesBills;
import io.github.bitget4j.model.v2.futures.FuturesInterestHistory;
import io.github.bitget4j.model.v2.futures.FuturesIsolatedSymbol;
import io.github.bitget4j.model.v2.futures.FuturesLeverageInfo;
import io.github.bitget4j.model.v2.futures.FuturesLiquidationPrice;
import io.github.bitget4j.model.v2.futures.FuturesMaxOpen;
import io.github.bitget4j.model.v2.futures.FuturesOpenCount;
import io.github.bitget4j.model.v2.futures.FuturesPositionModeResult;
import io.github.bitget4j.model.v2.futures.FuturesSubAccountAssets;
import io.github.bitget4j.model.v2.futures.FuturesUnionConfig;
import io.github.bitget4j.model.v2.futures.FuturesUnionTransferLimit;
import io.github.bitget4j.model.v2.futures.FuturesUnionUsdtAmount;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.FuturesAccountApiV2}. */
public final class FuturesAccountEndpointsV2 {

    /** {@code GET /api/v2/mix/account/account}. */
    public static final Endpoint<FuturesAccount> GET_FUTURES_ACCOUNT_ASSET =
            Endpoint.get("/api/v2/mix/account/account", PRIVATE, FuturesAccount.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin");

    /** {@code GET /api/v2/mix/account/accounts}. */
    public static final Endpoint<List<FuturesAccountAsset>> GET_FUTURES_ACCOUNT_ASSETS =
            Endpoint.getList("/api/v2/mix/account/accounts", PRIVATE, FuturesAccountAsset.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType");

    /** {@code GET /api/v2/mix/account/sub-account-assets}. */
    public static final Endpoint<List<FuturesSubAccountAssets>> GET_FUTURES_SUB_ACCOUNT_ASSETS =
            Endpoint.getList("/api/v2/mix/account/sub-account-assets", PRIVATE, FuturesSubAccountAssets.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType");

    /** {@code GET /api/v2/mix/account/interest-history}. */
    public static final Endpoint<FuturesInterestHistory> GET_FUTURES_INTEREST_HISTORY =
            Endpoint.get("/api/v2/mix/account/interest-history", PRIVATE, FuturesInterestHistory.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType", "coin", "idLessThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/account/open-count}. */
    public static final Endpoint<FuturesOpenCount> GET_FUTURES_OPEN_COUNT =
            Endpoint.get("/api/v2/mix/account/open-count", PRIVATE, FuturesOpenCount.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "openAmount", "openPrice", "leverage");

    /** {@code POST /api/v2/mix/account/set-auto-margin}. */
    public static final Endpoint<String> SET_FUTURES_POSITION_AUTO_MARGIN =
            Endpoint.post("/api/v2/mix/account/set-auto-margin", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "autoMargin", "marginCoin", "amount", "holdSide");

    /** {@code POST /api/v2/mix/account/set-leverage}. */
    public static final Endpoint<FuturesLeverageInfo> SET_FUTURES_LEVERAGE =
            Endpoint.post("/api/v2/mix/account/set-leverage", PRIVATE, FuturesLeverageInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "leverage", "longLeverage", "shortLeverage", "holdSide");

    /** {@code POST /api/v2/mix/account/set-margin}. */
    public static final Endpoint<String> SET_FUTURES_POSITION_MARGIN =
            Endpoint.post("/api/v2/mix/account/set-margin", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "holdSide", "amount");

    /** {@code POST /api/v2/mix/account/set-asset-mode}. */
    public static final Endpoint<String> SET_FUTURES_ASSET_MODE =
            Endpoint.post("/api/v2/mix/account/set-asset-mode", PRIVATE, String.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType", "assetMode");

    /** {@code POST /api/v2/mix/account/set-margin-mode}. */
    public static final Endpoint<FuturesLeverageInfo> SET_FUTURES_MARGIN_MODE =
            Endpoint.post("/api/v2/mix/account/set-margin-mode", PRIVATE, FuturesLeverageInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "marginMode");

    /** {@code POST /api/v2/mix/account/set-position-mode}. */
    public static final Endpoint<FuturesPositionModeResult> SET_FUTURES_POSITION_MODE =
            Endpoint.post("/api/v2/mix/account/set-position-mode", PRIVATE, FuturesPositionModeResult.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType", "posMode");

    /** {@code GET /api/v2/mix/account/bill}. */
    public static final Endpoint<FuturesBills> GET_FUTURES_ACCOUNT_BILLS =
            Endpoint.get("/api/v2/mix/account/bill", PRIVATE, FuturesBills.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType", "symbol", "coin", "businessType", "idLessThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/mix/account/transfer-limits}. */
    public static final Endpoint<FuturesUnionTransferLimit> GET_UNION_TRANSFER_LIMITS =
            Endpoint.get("/api/v2/mix/account/transfer-limits", PRIVATE, FuturesUnionTransferLimit.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v2/mix/account/union-config}. */
    public static final Endpoint<FuturesUnionConfig> GET_UNION_CONFIG =
            Endpoint.get("/api/v2/mix/account/union-config", PRIVATE, FuturesUnionConfig.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/mix/account/switch-union-usdt}. */
    public static final Endpoint<FuturesUnionUsdtAmount> GET_SWITCH_UNION_USDT =
            Endpoint.get("/api/v2/mix/account/switch-union-usdt", PRIVATE, FuturesUnionUsdtAmount.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v2/mix/account/union-convert}. */
    public static final Endpoint<FuturesUnionUsdtAmount> UNION_CONVERT =
            Endpoint.post("/api/v2/mix/account/union-convert", PRIVATE, FuturesUnionUsdtAmount.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "amount");

    /** {@code GET /api/v2/mix/account/max-open}. */
    public static final Endpoint<FuturesMaxOpen> GET_FUTURES_MAX_OPENABLE_QUANTITY =
            Endpoint.get("/api/v2/mix/account/max-open", PRIVATE, FuturesMaxOpen.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "posSide", "orderType", "openPrice");

    /** {@code GET /api/v2/mix/account/liq-price}. */
    public static final Endpoint<FuturesLiquidationPrice> GET_FUTURES_LIQUIDATION_PRICE =
            Endpoint.get("/api/v2/mix/account/liq-price", PRIVATE, FuturesLiquidationPrice.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "productType", "marginCoin", "posSide", "orderType", "openAmount", "openPrice");

    /** {@code GET /api/v2/mix/account/isolated-symbols}. */
    public static final Endpoint<List<FuturesIsolatedSymbol>> GET_FUTURES_ISOLATED_SYMBOLS =
            Endpoint.getList("/api/v2/mix/account/isolated-symbols", PRIVATE, FuturesIsolatedSymbol.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType");

    private FuturesAccountEndpointsV2() {
    }
}
