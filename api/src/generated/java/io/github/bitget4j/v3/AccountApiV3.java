// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import com.google.gson.JsonElement;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.AccountEndpointsV3;
import io.github.bitget4j.model.v3.AccountAssets;
import io.github.bitget4j.model.v3.AccountInfo;
import io.github.bitget4j.model.v3.UtaAccountModeRequest;
import io.github.bitget4j.model.v3.UtaAccountSettings;
import io.github.bitget4j.model.v3.UtaAllFeeRatesRequest;
import io.github.bitget4j.model.v3.UtaCoinFilterRequest;
import io.github.bitget4j.model.v3.UtaCollateralCoin;
import io.github.bitget4j.model.v3.UtaCollateralCoinRequest;
import io.github.bitget4j.model.v3.UtaCollateralConfig;
import io.github.bitget4j.model.v3.UtaConvertRecord;
import io.github.bitget4j.model.v3.UtaConvertRecords;
import io.github.bitget4j.model.v3.UtaConvertRecordsRequest;
import io.github.bitget4j.model.v3.UtaDeductInfo;
import io.github.bitget4j.model.v3.UtaDeductRequest;
import io.github.bitget4j.model.v3.UtaDeltaInfo;
import io.github.bitget4j.model.v3.UtaEligibleLoanInfo;
import io.github.bitget4j.model.v3.UtaEligibleMarginTier;
import io.github.bitget4j.model.v3.UtaEligibleSymbol;
import io.github.bitget4j.model.v3.UtaFeeRate;
import io.github.bitget4j.model.v3.UtaFeeRateRequest;
import io.github.bitget4j.model.v3.UtaFinancialRecord;
import io.github.bitget4j.model.v3.UtaFinancialRecords;
import io.github.bitget4j.model.v3.UtaFinancialRecordsRequest;
import io.github.bitget4j.model.v3.UtaHoldModeRequest;
import io.github.bitget4j.model.v3.UtaLeveragePreview;
import io.github.bitget4j.model.v3.UtaMaxOpen;
import io.github.bitget4j.model.v3.UtaMaxOpenRequest;
import io.github.bitget4j.model.v3.UtaMovePositionHistory;
import io.github.bitget4j.model.v3.UtaMovePositionHistoryRequest;
import io.github.bitget4j.model.v3.UtaMovePositionsRequest;
import io.github.bitget4j.model.v3.UtaMovePositionsResult;
import io.github.bitget4j.model.v3.UtaMovedPosition;
import io.github.bitget4j.model.v3.UtaOpenInterestLimit;
import io.github.bitget4j.model.v3.UtaOpenInterestLimitRequest;
import io.github.bitget4j.model.v3.UtaPaymentCoins;
import io.github.bitget4j.model.v3.UtaPreSetLeverageRequest;
import io.github.bitget4j.model.v3.UtaRealityFill;
import io.github.bitget4j.model.v3.UtaRealityFillsRequest;
import io.github.bitget4j.model.v3.UtaRealityOrderBook;
import io.github.bitget4j.model.v3.UtaRealitySymbolRequest;
import io.github.bitget4j.model.v3.UtaRepayRequest;
import io.github.bitget4j.model.v3.UtaRepayResult;
import io.github.bitget4j.model.v3.UtaRepayableCoins;
import io.github.bitget4j.model.v3.UtaSetCollateralRequest;
import io.github.bitget4j.model.v3.UtaSetLeverageRequest;
import io.github.bitget4j.model.v3.UtaSetMarginRequest;
import io.github.bitget4j.model.v3.UtaSubAccountAssets;
import io.github.bitget4j.model.v3.UtaSubAssetsRequest;
import io.github.bitget4j.model.v3.UtaSwitchStatus;
import io.github.bitget4j.model.v3.UtaSymbolFeeRate;
import io.github.bitget4j.model.v3.UtaSymbolFilterRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Unified account (V3). Private: needs credentials.
 */
public interface AccountApiV3 extends EndpointCaller {

    /**
     * Equity and per-coin balances.
     *
     * <p>{@code GET /api/v3/account/assets}, signed; rate limit 20 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code AccountAssets}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<AccountAssets> getBalances() {
        return call(AccountEndpointsV3.GET_BALANCES, null);
    }

    /**
     * The key's account, permissions and settings.
     *
     * <p>{@code GET /api/v3/account/info}, signed; rate limit 1 request per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code AccountInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<AccountInfo> getAccountInfo() {
        return call(AccountEndpointsV3.GET_ACCOUNT_INFO, null);
    }

    /**
     * The account's modes and its leverage per symbol and coin.
     *
     * <p>{@code GET /api/v3/account/settings}, signed; rate limit 20 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaAccountSettings}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaAccountSettings> getAccountSettings() {
        return call(AccountEndpointsV3.GET_ACCOUNT_SETTINGS, null);
    }

    /**
     * Switches the trading mode of an account.
     *
     * <p>{@code POST /api/v3/account/adjust-account-mode}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> adjustAccountMode(UtaAccountModeRequest request) {
        return call(AccountEndpointsV3.ADJUST_ACCOUNT_MODE, request);
    }

    /**
     * Delta-neutral ratios and thresholds.
     *
     * <p>{@code GET /api/v3/account/delta-info}, signed; rate limit 20 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaDeltaInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaDeltaInfo> getDeltaInfo() {
        return call(AccountEndpointsV3.GET_DELTA_INFO, null);
    }

    /**
     * Changes the leverage of a futures symbol or a margin coin.
     *
     * <p>{@code POST /api/v3/account/set-leverage}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setLeverage(UtaSetLeverageRequest request) {
        return call(AccountEndpointsV3.SET_LEVERAGE, request);
    }

    /**
     * Switches futures positions between one-way and hedge mode.
     *
     * <p>{@code POST /api/v3/account/set-hold-mode}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setHoldMode(UtaHoldModeRequest request) {
        return call(AccountEndpointsV3.SET_HOLD_MODE, request);
    }

    /**
     * Which coins count as collateral.
     *
     * <p>{@code GET /api/v3/account/collateral-type}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaCollateralConfig}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaCollateralConfig> getCollateralType() {
        return call(AccountEndpointsV3.GET_COLLATERAL_TYPE, null);
    }

    /**
     * Chooses which coins count as collateral.
     *
     * <p>{@code POST /api/v3/account/set-collateral-type}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setCollateralType(UtaSetCollateralRequest request) {
        return call(AccountEndpointsV3.SET_COLLATERAL_TYPE, request);
    }

    /**
     * Coins usable as custom collateral.
     *
     * <p>{@code GET /api/v3/account/custom-collateral-coins}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaCollateralCoin&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaCollateralCoin>> getCustomCollateralCoins(UtaCollateralCoinRequest request) {
        return call(AccountEndpointsV3.GET_CUSTOM_COLLATERAL_COINS, request);
    }

    /**
     * Coins usable as custom collateral.
     *
     * <p>{@code GET /api/v3/account/custom-collateral-coins}, public; rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaCollateralCoin&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaCollateralCoin>> getCustomCollateralCoins() {
        return getCustomCollateralCoins(new UtaCollateralCoinRequest(null));
    }

    /**
     * Previews the effect of a leverage change without making it.
     *
     * <p>{@code GET /api/v3/account/pre-set-leverage}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaLeveragePreview}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaLeveragePreview> preSetLeverage(UtaPreSetLeverageRequest request) {
        return call(AccountEndpointsV3.PRE_SET_LEVERAGE, request);
    }

    /**
     * Adds margin to or removes it from an isolated futures position.
     *
     * <p>{@code POST /api/v3/account/set-margin}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setMargin(UtaSetMarginRequest request) {
        return call(AccountEndpointsV3.SET_MARGIN, request);
    }

    /**
     * The account's maker and taker fee rates for one symbol.
     *
     * <p>{@code GET /api/v3/account/fee-rate}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaFeeRate}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaFeeRate> getFeeRate(UtaFeeRateRequest request) {
        return call(AccountEndpointsV3.GET_FEE_RATE, request);
    }

    /**
     * The account's fee rates for every symbol of a product line.
     *
     * <p>{@code GET /api/v3/account/all-fee-rate}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaSymbolFeeRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaSymbolFeeRate>> getAllFeeRates(UtaAllFeeRatesRequest request) {
        return call(AccountEndpointsV3.GET_ALL_FEE_RATES, request);
    }

    /**
     * Position limits of a futures symbol.
     *
     * <p>{@code GET /api/v3/account/open-interest-limit}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaOpenInterestLimit}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaOpenInterestLimit> getOpenInterestLimit(UtaOpenInterestLimitRequest request) {
        return call(AccountEndpointsV3.GET_OPEN_INTEREST_LIMIT, request);
    }

    /**
     * Whitelist-only margin symbols this account may trade.
     *
     * <p>{@code GET /api/v3/account/eligible-symbols}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaEligibleSymbol&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaEligibleSymbol>> getEligibleSymbols(UtaSymbolFilterRequest request) {
        return call(AccountEndpointsV3.GET_ELIGIBLE_SYMBOLS, request);
    }

    /**
     * Whitelist-only margin symbols this account may trade.
     *
     * <p>{@code GET /api/v3/account/eligible-symbols}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaEligibleSymbol&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaEligibleSymbol>> getEligibleSymbols() {
        return getEligibleSymbols(new UtaSymbolFilterRequest(null));
    }

    /**
     * Whitelist margin tiers per coin.
     *
     * <p>{@code GET /api/v3/account/eligible-margin-tier}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaEligibleMarginTier&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaEligibleMarginTier>> getEligibleMarginTier(UtaCoinFilterRequest request) {
        return call(AccountEndpointsV3.GET_ELIGIBLE_MARGIN_TIER, request);
    }

    /**
     * Whitelist margin tiers per coin.
     *
     * <p>{@code GET /api/v3/account/eligible-margin-tier}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaEligibleMarginTier&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaEligibleMarginTier>> getEligibleMarginTier() {
        return getEligibleMarginTier(new UtaCoinFilterRequest(null));
    }

    /**
     * Whitelist borrow limits.
     *
     * <p>{@code GET /api/v3/account/eligible-loan-info}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaEligibleLoanInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaEligibleLoanInfo>> getEligibleLoanInfo(UtaCoinFilterRequest request) {
        return call(AccountEndpointsV3.GET_ELIGIBLE_LOAN_INFO, request);
    }

    /**
     * Whitelist borrow limits.
     *
     * <p>{@code GET /api/v3/account/eligible-loan-info}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaEligibleLoanInfo&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaEligibleLoanInfo>> getEligibleLoanInfo() {
        return getEligibleLoanInfo(new UtaCoinFilterRequest(null));
    }

    /**
     * Largest openable size of an order.
     *
     * <p>{@code POST /api/v3/account/max-open-available}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaMaxOpen}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaMaxOpen> getMaxOpenAvailable(UtaMaxOpenRequest request) {
        return call(AccountEndpointsV3.GET_MAX_OPEN_AVAILABLE, request);
    }

    /**
     * Ledger entries of a product line (last 90 days), one page.
     *
     * <p>{@code GET /api/v3/account/financial-records}, signed; rate limit 20 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaFinancialRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaFinancialRecords> getFinancialRecords(UtaFinancialRecordsRequest request) {
        return call(AccountEndpointsV3.GET_FINANCIAL_RECORDS, request);
    }

    /**
     * Every item of {@link #getFinancialRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaFinancialRecord> streamFinancialRecords(UtaFinancialRecordsRequest request) {
        return Pages.byCursor(request, this::getFinancialRecords, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaFinancialRecordsRequest(r.category(), r.coin(), r.type(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Coin conversions of the account (last 90 days), one page.
     *
     * <p>{@code GET /api/v3/account/convert-records}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaConvertRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaConvertRecords> getConvertRecords(UtaConvertRecordsRequest request) {
        return call(AccountEndpointsV3.GET_CONVERT_RECORDS, request);
    }

    /**
     * Every item of {@link #getConvertRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaConvertRecord> streamConvertRecords(UtaConvertRecordsRequest request) {
        return Pages.byCursor(request, this::getConvertRecords, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaConvertRecordsRequest(r.fromCoin(), r.toCoin(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * The coins the account owes and can repay.
     *
     * <p>{@code GET /api/v3/account/repayable-coins}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaRepayableCoins}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRepayableCoins> getRepayableCoins() {
        return call(AccountEndpointsV3.GET_REPAYABLE_COINS, null);
    }

    /**
     * The coins that can pay off debt.
     *
     * <p>{@code GET /api/v3/account/payment-coins}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaPaymentCoins}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaPaymentCoins> getPaymentCoins() {
        return call(AccountEndpointsV3.GET_PAYMENT_COINS, null);
    }

    /**
     * Repays debt in some coins using other coins.
     *
     * <p>{@code POST /api/v3/account/repay}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaRepayResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRepayResult> submitRepay(UtaRepayRequest request) {
        return call(AccountEndpointsV3.SUBMIT_REPAY, request);
    }

    /**
     * Turns paying fees with BGB on or off.
     *
     * <p>{@code POST /api/v3/account/switch-deduct}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> switchDeduct(UtaDeductRequest request) {
        return call(AccountEndpointsV3.SWITCH_DEDUCT, request);
    }

    /**
     * Whether fees are paid with BGB.
     *
     * <p>{@code GET /api/v3/account/deduct-info}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaDeductInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaDeductInfo> getDeductInfo() {
        return call(AccountEndpointsV3.GET_DEDUCT_INFO, null);
    }

    /**
     * Starts a switch back to classic; poll the status.
     *
     * <p>{@code POST /api/v3/account/switch}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> downgradeAccountToClassic() {
        return call(AccountEndpointsV3.DOWNGRADE_ACCOUNT_TO_CLASSIC, null);
    }

    /**
     * State of a switch back to classic.
     *
     * <p>{@code GET /api/v3/account/switch-status}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaSwitchStatus}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSwitchStatus> getUnifiedAccountSwitchStatus() {
        return call(AccountEndpointsV3.GET_UNIFIED_ACCOUNT_SWITCH_STATUS, null);
    }

    /**
     * Sub-account balances, one page.
     *
     * <p>{@code GET /api/v3/account/sub-unified-assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaSubAccountAssets&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaSubAccountAssets>> getSubUnifiedAssets(UtaSubAssetsRequest request) {
        return call(AccountEndpointsV3.GET_SUB_UNIFIED_ASSETS, request);
    }

    /**
     * Sub-account balances, one page.
     *
     * <p>{@code GET /api/v3/account/sub-unified-assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaSubAccountAssets&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaSubAccountAssets>> getSubUnifiedAssets() {
        return getSubUnifiedAssets(new UtaSubAssetsRequest(null, null, null));
    }

    /**
     * Moves futures positions between sub-accounts.
     *
     * <p>{@code POST /api/v3/account/move-positions}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaMovePositionsResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaMovePositionsResult> movePositions(UtaMovePositionsRequest request) {
        return call(AccountEndpointsV3.MOVE_POSITIONS, request);
    }

    /**
     * Past position moves, one page.
     *
     * <p>{@code GET /api/v3/account/move-position-history}, signed; rate limit 5 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaMovePositionHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaMovePositionHistory> getMovePositionHistory(UtaMovePositionHistoryRequest request) {
        return call(AccountEndpointsV3.GET_MOVE_POSITION_HISTORY, request);
    }

    /**
     * Every item of {@link #getMovePositionHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaMovedPosition> streamMovePositionHistory(UtaMovePositionHistoryRequest request) {
        return Pages.byCursor(request, this::getMovePositionHistory, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaMovePositionHistoryRequest(r.category(), r.symbol(), r.startTime(), r.endTime(), n, r.limit(), r.extraParams()));
    }

    /**
     * The order book of a real stock token symbol.
     *
     * <p>{@code GET /api/v3/account/reality-orderbook}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaRealityOrderBook}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRealityOrderBook> getRealityOrderBook(UtaRealitySymbolRequest request) {
        return call(AccountEndpointsV3.GET_REALITY_ORDER_BOOK, request);
    }

    /**
     * Recent trades of a real stock token symbol.
     *
     * <p>{@code GET /api/v3/account/reality-fills}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaRealityFill&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaRealityFill>> getRealityFills(UtaRealityFillsRequest request) {
        return call(AccountEndpointsV3.GET_REALITY_FILLS, request);
    }
}
