// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.FuturesAccountEndpointsV2;
import io.github.bitget4j.model.v2.futures.FuturesAccount;
import io.github.bitget4j.model.v2.futures.FuturesAccountAsset;
import io.github.bitget4j.model.v2.futures.FuturesAccountRequest;
import io.github.bitget4j.model.v2.futures.FuturesBill;
import io.github.bitget4j.model.v2.futures.FuturesBills;
import io.github.bitget4j.model.v2.futures.FuturesBillsRequest;
import io.github.bitget4j.model.v2.futures.FuturesInterest;
import io.github.bitget4j.model.v2.futures.FuturesInterestHistory;
import io.github.bitget4j.model.v2.futures.FuturesInterestHistoryRequest;
import io.github.bitget4j.model.v2.futures.FuturesIsolatedSymbol;
import io.github.bitget4j.model.v2.futures.FuturesLeverageInfo;
import io.github.bitget4j.model.v2.futures.FuturesLiquidationPrice;
import io.github.bitget4j.model.v2.futures.FuturesLiquidationPriceRequest;
import io.github.bitget4j.model.v2.futures.FuturesMaxOpen;
import io.github.bitget4j.model.v2.futures.FuturesMaxOpenRequest;
import io.github.bitget4j.model.v2.futures.FuturesOpenCount;
import io.github.bitget4j.model.v2.futures.FuturesOpenCountRequest;
import io.github.bitget4j.model.v2.futures.FuturesPositionModeResult;
import io.github.bitget4j.model.v2.futures.FuturesProductTypeRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetAssetModeRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetAutoMarginRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetLeverageRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetMarginModeRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetMarginRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetPositionModeRequest;
import io.github.bitget4j.model.v2.futures.FuturesSubAccountAssets;
import io.github.bitget4j.model.v2.futures.FuturesUnionConfig;
import io.github.bitget4j.model.v2.futures.FuturesUnionConvertRequest;
import io.github.bitget4j.model.v2.futures.FuturesUnionTransferLimit;
import io.github.bitget4j.model.v2.futures.FuturesUnionTransferLimitsRequest;
import io.github.bitget4j.model.v2.futures.FuturesUnionUsdtAmount;
import java.util.List;
import java.util.stream.Stream;

/**
 * Futures account (V2): balances, leverage and margin settings, bills, union margin.
 */
public interface FuturesAccountApiV2 extends EndpointCaller {

    /**
     * Reads the account of one margin coin for a symbol.
     *
     * <p>{@code GET /api/v2/mix/account/account}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesAccount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesAccount> getFuturesAccountAsset(FuturesAccountRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_ACCOUNT_ASSET, request);
    }

    /**
     * Lists the accounts of every margin coin of a product type.
     *
     * <p>{@code GET /api/v2/mix/account/accounts}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesAccountAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesAccountAsset>> getFuturesAccountAssets(FuturesProductTypeRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_ACCOUNT_ASSETS, request);
    }

    /**
     * Lists futures balances of every sub-account.
     *
     * <p>{@code GET /api/v2/mix/account/sub-account-assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesSubAccountAssets&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesSubAccountAssets>> getFuturesSubAccountAssets(FuturesProductTypeRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_SUB_ACCOUNT_ASSETS, request);
    }

    /**
     * Lists USDT-M union-margin interest charges.
     *
     * <p>{@code GET /api/v2/mix/account/interest-history}, signed; rate limit 5 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesInterestHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesInterestHistory> getFuturesInterestHistory(FuturesInterestHistoryRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_INTEREST_HISTORY, request);
    }

    /**
     * Every item of {@link #getFuturesInterestHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesInterest> streamFuturesInterestHistory(FuturesInterestHistoryRequest request) {
        return Pages.byCursor(request, this::getFuturesInterestHistory, page -> page.interestList(), page -> page.endId(),
                (r, n) -> new FuturesInterestHistoryRequest(r.productType(), r.coin(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Estimates how much can be opened for an amount and price.
     *
     * <p>{@code GET /api/v2/mix/account/open-count}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesOpenCount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesOpenCount> getFuturesOpenCount(FuturesOpenCountRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_OPEN_COUNT, request);
    }

    /**
     * Turns automatic margin top-up on or off.
     *
     * <p>{@code POST /api/v2/mix/account/set-auto-margin}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setFuturesPositionAutoMargin(FuturesSetAutoMarginRequest request) {
        return call(FuturesAccountEndpointsV2.SET_FUTURES_POSITION_AUTO_MARGIN, request);
    }

    /**
     * Changes the leverage of a symbol.
     *
     * <p>{@code POST /api/v2/mix/account/set-leverage}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesLeverageInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesLeverageInfo> setFuturesLeverage(FuturesSetLeverageRequest request) {
        return call(FuturesAccountEndpointsV2.SET_FUTURES_LEVERAGE, request);
    }

    /**
     * Adds or removes margin of an isolated position.
     *
     * <p>{@code POST /api/v2/mix/account/set-margin}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setFuturesPositionMargin(FuturesSetMarginRequest request) {
        return call(FuturesAccountEndpointsV2.SET_FUTURES_POSITION_MARGIN, request);
    }

    /**
     * Switches USDT-M futures between single and union margin.
     *
     * <p>{@code POST /api/v2/mix/account/set-asset-mode}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setFuturesAssetMode(FuturesSetAssetModeRequest request) {
        return call(FuturesAccountEndpointsV2.SET_FUTURES_ASSET_MODE, request);
    }

    /**
     * Switches a symbol between crossed and isolated margin.
     *
     * <p>{@code POST /api/v2/mix/account/set-margin-mode}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesLeverageInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesLeverageInfo> setFuturesMarginMode(FuturesSetMarginModeRequest request) {
        return call(FuturesAccountEndpointsV2.SET_FUTURES_MARGIN_MODE, request);
    }

    /**
     * Sets one-way or hedge mode.
     *
     * <p>{@code POST /api/v2/mix/account/set-position-mode}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesPositionModeResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesPositionModeResult> setFuturesPositionMode(FuturesSetPositionModeRequest request) {
        return call(FuturesAccountEndpointsV2.SET_FUTURES_POSITION_MODE, request);
    }

    /**
     * Lists futures account bills.
     *
     * <p>{@code GET /api/v2/mix/account/bill}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesBills}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesBills> getFuturesAccountBills(FuturesBillsRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_ACCOUNT_BILLS, request);
    }

    /**
     * Every item of {@link #getFuturesAccountBills}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<FuturesBill> streamFuturesAccountBills(FuturesBillsRequest request) {
        return Pages.byCursor(request, this::getFuturesAccountBills, page -> page.bills(), page -> page.endId(),
                (r, n) -> new FuturesBillsRequest(r.productType(), r.symbol(), r.coin(), r.businessType(), n, r.startTime(), r.endTime(), r.limit(), r.extraParams()));
    }

    /**
     * Reads union-margin transfer-in limit.
     *
     * <p>{@code GET /api/v2/mix/account/transfer-limits}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesUnionTransferLimit}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesUnionTransferLimit> getUnionTransferLimits(FuturesUnionTransferLimitsRequest request) {
        return call(FuturesAccountEndpointsV2.GET_UNION_TRANSFER_LIMITS, request);
    }

    /**
     * Reads the union-margin debt parameters.
     *
     * <p>{@code GET /api/v2/mix/account/union-config}, signed; rate limit 1 request per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code FuturesUnionConfig}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesUnionConfig> getUnionConfig() {
        return call(FuturesAccountEndpointsV2.GET_UNION_CONFIG, null);
    }

    /**
     * Reads USDT needed to leave union margin.
     *
     * <p>{@code GET /api/v2/mix/account/switch-union-usdt}, signed; rate limit 1 request per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code FuturesUnionUsdtAmount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesUnionUsdtAmount> getSwitchUnionUsdt() {
        return call(FuturesAccountEndpointsV2.GET_SWITCH_UNION_USDT, null);
    }

    /**
     * Converts a union-margin coin to USDT.
     *
     * <p>{@code POST /api/v2/mix/account/union-convert}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesUnionUsdtAmount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesUnionUsdtAmount> unionConvert(FuturesUnionConvertRequest request) {
        return call(FuturesAccountEndpointsV2.UNION_CONVERT, request);
    }

    /**
     * Reads the largest size that can be opened.
     *
     * <p>{@code GET /api/v2/mix/account/max-open}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesMaxOpen}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesMaxOpen> getFuturesMaxOpenableQuantity(FuturesMaxOpenRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_MAX_OPENABLE_QUANTITY, request);
    }

    /**
     * Estimates the liquidation price of a new position.
     *
     * <p>{@code GET /api/v2/mix/account/liq-price}, signed; rate limit 20 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code FuturesLiquidationPrice}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<FuturesLiquidationPrice> getFuturesLiquidationPrice(FuturesLiquidationPriceRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_LIQUIDATION_PRICE, request);
    }

    /**
     * Lists symbols set to isolated margin.
     *
     * <p>{@code GET /api/v2/mix/account/isolated-symbols}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;FuturesIsolatedSymbol&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<FuturesIsolatedSymbol>> getFuturesIsolatedSymbols(FuturesProductTypeRequest request) {
        return call(FuturesAccountEndpointsV2.GET_FUTURES_ISOLATED_SYMBOLS, request);
    }
}
