// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.InsLoanEndpointsV3;
import io.github.bitget4j.model.v3.UtaInsLoanBindResult;
import io.github.bitget4j.model.v3.UtaInsLoanBindUidRequest;
import io.github.bitget4j.model.v3.UtaInsLoanLtv;
import io.github.bitget4j.model.v3.UtaInsLoanLtvRequest;
import io.github.bitget4j.model.v3.UtaInsLoanMarginCoins;
import io.github.bitget4j.model.v3.UtaInsLoanOrder;
import io.github.bitget4j.model.v3.UtaInsLoanOrderRequest;
import io.github.bitget4j.model.v3.UtaInsLoanProduct;
import io.github.bitget4j.model.v3.UtaInsLoanProductRequest;
import io.github.bitget4j.model.v3.UtaInsLoanRepaid;
import io.github.bitget4j.model.v3.UtaInsLoanRepaidHistoryRequest;
import io.github.bitget4j.model.v3.UtaInsLoanRiskUnits;
import io.github.bitget4j.model.v3.UtaInsLoanSymbols;
import io.github.bitget4j.model.v3.UtaInsLoanTransfered;
import io.github.bitget4j.model.v3.UtaInsLoanTransferedRequest;
import java.util.List;

/**
 * Institutional loans of the unified account (V3): products, loan orders, risk units, LTV. Private: needs credentials.
 */
public interface InsLoanApiV3 extends EndpointCaller {

    /**
     * Quantity of a coin transferred out (Bitget's spelling).
     *
     * <p>{@code GET /api/v3/ins-loan/transfered}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanTransfered}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanTransfered> getLoanTransfered(UtaInsLoanTransferedRequest request) {
        return call(InsLoanEndpointsV3.GET_LOAN_TRANSFERED, request);
    }

    /**
     * The symbols an institutional-loan product may trade, with their leverage.
     *
     * <p>{@code GET /api/v3/ins-loan/symbols}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanSymbols}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanSymbols> getLoanSymbols(UtaInsLoanProductRequest request) {
        return call(InsLoanEndpointsV3.GET_LOAN_SYMBOLS, request);
    }

    /**
     * The risk units of the account.
     *
     * <p>{@code GET /api/v3/ins-loan/risk-unit}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanRiskUnits}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanRiskUnits> getLoanRiskUnit() {
        return call(InsLoanEndpointsV3.GET_LOAN_RISK_UNIT, null);
    }

    /**
     * Repayments of institutional loans.
     *
     * <p>{@code GET /api/v3/ins-loan/repaid-history}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaInsLoanRepaid&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaInsLoanRepaid>> getLoanRepaidHistory(UtaInsLoanRepaidHistoryRequest request) {
        return call(InsLoanEndpointsV3.GET_LOAN_REPAID_HISTORY, request);
    }

    /**
     * Repayments of institutional loans.
     *
     * <p>{@code GET /api/v3/ins-loan/repaid-history}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaInsLoanRepaid&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaInsLoanRepaid>> getLoanRepaidHistory() {
        return getLoanRepaidHistory(new UtaInsLoanRepaidHistoryRequest(null, null, null));
    }

    /**
     * The terms and risk lines of an institutional-loan product.
     *
     * <p>{@code GET /api/v3/ins-loan/product-infos}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanProduct}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanProduct> getLoanProductInfo(UtaInsLoanProductRequest request) {
        return call(InsLoanEndpointsV3.GET_LOAN_PRODUCT_INFO, request);
    }

    /**
     * Institutional loan orders.
     *
     * <p>{@code GET /api/v3/ins-loan/loan-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaInsLoanOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaInsLoanOrder>> getLoanOrder(UtaInsLoanOrderRequest request) {
        return call(InsLoanEndpointsV3.GET_LOAN_ORDER, request);
    }

    /**
     * Institutional loan orders.
     *
     * <p>{@code GET /api/v3/ins-loan/loan-order}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaInsLoanOrder&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaInsLoanOrder>> getLoanOrder() {
        return getLoanOrder(new UtaInsLoanOrderRequest(null, null, null));
    }

    /**
     * The loan-to-value ratio of a risk unit, with its debts and assets.
     *
     * <p>{@code GET /api/v3/ins-loan/ltv-convert}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanLtv}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanLtv> getLoanLTVConvert(UtaInsLoanLtvRequest request) {
        return call(InsLoanEndpointsV3.GET_LOAN_LTV_CONVERT, request);
    }

    /**
     * The loan-to-value ratio of a risk unit, with its debts and assets.
     *
     * <p>{@code GET /api/v3/ins-loan/ltv-convert}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanLtv}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanLtv> getLoanLTVConvert() {
        return getLoanLTVConvert(new UtaInsLoanLtvRequest(null));
    }

    /**
     * Margin coins of a product and their ratios.
     *
     * <p>{@code GET /api/v3/ins-loan/ensure-coins-convert}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanMarginCoins}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanMarginCoins> getLoanMarginCoinInfo(UtaInsLoanProductRequest request) {
        return call(InsLoanEndpointsV3.GET_LOAN_MARGIN_COIN_INFO, request);
    }

    /**
     * Binds a uid to a risk unit or unbinds it.
     *
     * <p>{@code POST /api/v3/ins-loan/bind-uid}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaInsLoanBindResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaInsLoanBindResult> bindLoanUid(UtaInsLoanBindUidRequest request) {
        return call(InsLoanEndpointsV3.BIND_LOAN_UID, request);
    }
}
