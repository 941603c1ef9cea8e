// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.SpotAccountEndpointsV2;
import io.github.bitget4j.model.v2.SpotAccountInfo;
import io.github.bitget4j.model.v2.SpotAsset;
import io.github.bitget4j.model.v2.SpotAssetsRequest;
import io.github.bitget4j.model.v2.SpotBill;
import io.github.bitget4j.model.v2.SpotBillsRequest;
import io.github.bitget4j.model.v2.SpotDeductInfo;
import io.github.bitget4j.model.v2.SpotLoanLtv;
import io.github.bitget4j.model.v2.SpotLoanLtvRequest;
import io.github.bitget4j.model.v2.SpotLoanMarginCoins;
import io.github.bitget4j.model.v2.SpotLoanOrder;
import io.github.bitget4j.model.v2.SpotLoanOrderRequest;
import io.github.bitget4j.model.v2.SpotLoanProduct;
import io.github.bitget4j.model.v2.SpotLoanProductRequest;
import io.github.bitget4j.model.v2.SpotLoanRepaidHistoryRequest;
import io.github.bitget4j.model.v2.SpotLoanRepayment;
import io.github.bitget4j.model.v2.SpotLoanRiskUnits;
import io.github.bitget4j.model.v2.SpotLoanSymbols;
import io.github.bitget4j.model.v2.SpotSubAccountAssets;
import io.github.bitget4j.model.v2.SpotSubTransferRecord;
import io.github.bitget4j.model.v2.SpotSubTransferRecordsRequest;
import io.github.bitget4j.model.v2.SpotSubUidRequest;
import io.github.bitget4j.model.v2.SpotSwitchDeductRequest;
import io.github.bitget4j.model.v2.SpotTransferRecord;
import io.github.bitget4j.model.v2.SpotTransferRecordsRequest;
import io.github.bitget4j.model.v2.SpotUpgradeStatus;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spot account (V2). Private: needs credentials.
 */
public interface SpotAccountApiV2 extends EndpointCaller {

    /**
     * The balance of each coin in the spot account.
     *
     * <p>{@code GET /api/v2/spot/account/assets}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotAsset>> getSpotAccountAssets(SpotAssetsRequest request) {
        return call(SpotAccountEndpointsV2.GET_SPOT_ACCOUNT_ASSETS, request);
    }

    /**
     * The balance of each coin in the spot account.
     *
     * <p>{@code GET /api/v2/spot/account/assets}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotAsset>> getSpotAccountAssets() {
        return getSpotAccountAssets(new SpotAssetsRequest(null, null));
    }

    /**
     * The key's account: user id, permissions, allowed IPs.
     *
     * <p>{@code GET /api/v2/spot/account/info}, signed; rate limit 1 request per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotAccountInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotAccountInfo> getSpotAccount() {
        return call(SpotAccountEndpointsV2.GET_SPOT_ACCOUNT, null);
    }

    /**
     * Spot balances of every sub-account (main account only).
     *
     * <p>{@code GET /api/v2/spot/account/subaccount-assets}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotSubAccountAssets&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotSubAccountAssets>> getSpotSubAccountAssets() {
        return call(SpotAccountEndpointsV2.GET_SPOT_SUB_ACCOUNT_ASSETS, null);
    }

    /**
     * Spot account ledger entries, one page.
     *
     * <p>{@code GET /api/v2/spot/account/bills}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotBill&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotBill>> getSpotAccountBills(SpotBillsRequest request) {
        return call(SpotAccountEndpointsV2.GET_SPOT_ACCOUNT_BILLS, request);
    }

    /**
     * Every item of {@link #getSpotAccountBills}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotBill> streamSpotAccountBills(SpotBillsRequest request) {
        return Pages.byCursor(request, this::getSpotAccountBills, page -> page, page -> page.get(page.size() - 1).billId(),
                (r, n) -> new SpotBillsRequest(r.coin(), r.groupType(), r.businessType(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Spot account ledger entries, one page.
     *
     * <p>{@code GET /api/v2/spot/account/bills}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotBill&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotBill>> getSpotAccountBills() {
        return getSpotAccountBills(new SpotBillsRequest(null, null, null, null, null, null, null));
    }

    /**
     * Main/sub-account transfers, one page.
     *
     * <p>{@code GET /api/v2/spot/account/sub-main-trans-record}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotSubTransferRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotSubTransferRecord>> getSpotMainSubTransferRecord(SpotSubTransferRecordsRequest request) {
        return call(SpotAccountEndpointsV2.GET_SPOT_MAIN_SUB_TRANSFER_RECORD, request);
    }

    /**
     * Every item of {@link #getSpotMainSubTransferRecord}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotSubTransferRecord> streamSpotMainSubTransferRecord(SpotSubTransferRecordsRequest request) {
        return Pages.byCursor(request, this::getSpotMainSubTransferRecord, page -> page, page -> page.get(page.size() - 1).transferId(),
                (r, n) -> new SpotSubTransferRecordsRequest(r.coin(), r.role(), r.subUid(), r.startTime(), r.endTime(), r.clientOid(), r.limit(), n, r.extraParams()));
    }

    /**
     * Main/sub-account transfers, one page.
     *
     * <p>{@code GET /api/v2/spot/account/sub-main-trans-record}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotSubTransferRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotSubTransferRecord>> getSpotMainSubTransferRecord() {
        return getSpotMainSubTransferRecord(new SpotSubTransferRecordsRequest(null, null, null, null, null, null, null, null));
    }

    /**
     * Transfers between the account's own account types, one page.
     *
     * <p>{@code GET /api/v2/spot/account/transferRecords}, signed; rate limit 20 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotTransferRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotTransferRecord>> getSpotTransferHistory(SpotTransferRecordsRequest request) {
        return call(SpotAccountEndpointsV2.GET_SPOT_TRANSFER_HISTORY, request);
    }

    /**
     * Every item of {@link #getSpotTransferHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotTransferRecord> streamSpotTransferHistory(SpotTransferRecordsRequest request) {
        return Pages.byCursor(request, this::getSpotTransferHistory, page -> page, page -> page.get(page.size() - 1).transferId(),
                (r, n) -> new SpotTransferRecordsRequest(r.coin(), r.fromType(), r.startTime(), r.endTime(), r.clientOid(), r.limit(), n, r.extraParams()));
    }

    /**
     * Turns paying spot fees in BGB on or off.
     *
     * <p>{@code POST /api/v2/spot/account/switch-deduct}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code Boolean}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<Boolean> spotSwitchBGBDeduct(SpotSwitchDeductRequest request) {
        return call(SpotAccountEndpointsV2.SPOT_SWITCH_BGB_DEDUCT, request);
    }

    /**
     * Whether spot fees are paid in BGB.
     *
     * <p>{@code GET /api/v2/spot/account/deduct-info}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotDeductInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotDeductInfo> getSpotBGBDeductInfo() {
        return call(SpotAccountEndpointsV2.GET_SPOT_BGB_DEDUCT_INFO, null);
    }

    /**
     * Starts an upgrade to a unified account (about a minute).
     *
     * <p>{@code POST /api/v2/spot/account/upgrade}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> upgradeToUnifiedAccount(SpotSubUidRequest request) {
        return call(SpotAccountEndpointsV2.UPGRADE_TO_UNIFIED_ACCOUNT, request);
    }

    /**
     * Starts an upgrade to a unified account (about a minute).
     *
     * <p>{@code POST /api/v2/spot/account/upgrade}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> upgradeToUnifiedAccount() {
        return upgradeToUnifiedAccount(new SpotSubUidRequest(null));
    }

    /**
     * Progress of an upgrade to a unified trading account.
     *
     * <p>{@code GET /api/v2/spot/account/upgrade-status}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotUpgradeStatus}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotUpgradeStatus> getUnifiedAccountSwitchStatus(SpotSubUidRequest request) {
        return call(SpotAccountEndpointsV2.GET_UNIFIED_ACCOUNT_SWITCH_STATUS, request);
    }

    /**
     * Progress of an upgrade to a unified trading account.
     *
     * <p>{@code GET /api/v2/spot/account/upgrade-status}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotUpgradeStatus}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotUpgradeStatus> getUnifiedAccountSwitchStatus() {
        return getUnifiedAccountSwitchStatus(new SpotSubUidRequest(null));
    }

    /**
     * Terms of one institutional loan product.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/product-infos}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotLoanProduct}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotLoanProduct> getLoanProductInfo(SpotLoanProductRequest request) {
        return call(SpotAccountEndpointsV2.GET_LOAN_PRODUCT_INFO, request);
    }

    /**
     * Spot symbols an institutional loan may trade.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/symbols}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotLoanSymbols}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotLoanSymbols> getLoanSymbols(SpotLoanProductRequest request) {
        return call(SpotAccountEndpointsV2.GET_LOAN_SYMBOLS, request);
    }

    /**
     * Collateral coins of a loan product.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/ensure-coins-convert}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotLoanMarginCoins}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotLoanMarginCoins> getLoanMarginCoinInfo(SpotLoanProductRequest request) {
        return call(SpotAccountEndpointsV2.GET_LOAN_MARGIN_COIN_INFO, request);
    }

    /**
     * Risk unit ids of the account's institutional loans.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/risk-unit}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotLoanRiskUnits}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotLoanRiskUnits> getLoanRiskUnit() {
        return call(SpotAccountEndpointsV2.GET_LOAN_RISK_UNIT, null);
    }

    /**
     * Loan-to-value of one risk unit, with its debts and collateral.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/ltv-convert}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotLoanLtv}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotLoanLtv> getLoanLTVConvert(SpotLoanLtvRequest request) {
        return call(SpotAccountEndpointsV2.GET_LOAN_LTV_CONVERT, request);
    }

    /**
     * Loan-to-value of one risk unit, with its debts and collateral.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/ltv-convert}, signed; rate limit 5 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code SpotLoanLtv}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotLoanLtv> getLoanLTVConvert() {
        return getLoanLTVConvert(new SpotLoanLtvRequest(null));
    }

    /**
     * Repayments of institutional loans.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/repaid-history}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotLoanRepayment&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotLoanRepayment>> getLoanRepaidHistory(SpotLoanRepaidHistoryRequest request) {
        return call(SpotAccountEndpointsV2.GET_LOAN_REPAID_HISTORY, request);
    }

    /**
     * Repayments of institutional loans.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/repaid-history}, signed; rate limit 5 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotLoanRepayment&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotLoanRepayment>> getLoanRepaidHistory() {
        return getLoanRepaidHistory(new SpotLoanRepaidHistoryRequest(null, null, null));
    }

    /**
     * Institutional loan orders.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/loan-order}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotLoanOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotLoanOrder>> getLoanOrder(SpotLoanOrderRequest request) {
        return call(SpotAccountEndpointsV2.GET_LOAN_ORDER, request);
    }

    /**
     * Institutional loan orders.
     *
     * <p>{@code GET /api/v2/spot/ins-loan/loan-order}, signed; rate limit 5 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotLoanOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotLoanOrder>> getLoanOrder() {
        return getLoanOrder(new SpotLoanOrderRequest(null, null, null));
    }
}
