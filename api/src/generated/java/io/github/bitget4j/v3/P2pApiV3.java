// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.P2pEndpointsV3;
import io.github.bitget4j.model.v3.UtaP2pAdId;
import io.github.bitget4j.model.v3.UtaP2pAdIdRequest;
import io.github.bitget4j.model.v3.UtaP2pAdInfo;
import io.github.bitget4j.model.v3.UtaP2pAdLimit;
import io.github.bitget4j.model.v3.UtaP2pAdListRequest;
import io.github.bitget4j.model.v3.UtaP2pAllOrdersRequest;
import io.github.bitget4j.model.v3.UtaP2pBalance;
import io.github.bitget4j.model.v3.UtaP2pBalanceRequest;
import io.github.bitget4j.model.v3.UtaP2pCreateAdRequest;
import io.github.bitget4j.model.v3.UtaP2pCurrencies;
import io.github.bitget4j.model.v3.UtaP2pExchangeRate;
import io.github.bitget4j.model.v3.UtaP2pFee;
import io.github.bitget4j.model.v3.UtaP2pFeeSimulateRequest;
import io.github.bitget4j.model.v3.UtaP2pMarketRequest;
import io.github.bitget4j.model.v3.UtaP2pMyAds;
import io.github.bitget4j.model.v3.UtaP2pMyAdsRequest;
import io.github.bitget4j.model.v3.UtaP2pOperateAdRequest;
import io.github.bitget4j.model.v3.UtaP2pOrder;
import io.github.bitget4j.model.v3.UtaP2pOrderIdRequest;
import io.github.bitget4j.model.v3.UtaP2pOrderInfo;
import io.github.bitget4j.model.v3.UtaP2pOrders;
import io.github.bitget4j.model.v3.UtaP2pPairRequest;
import io.github.bitget4j.model.v3.UtaP2pPayMethod;
import io.github.bitget4j.model.v3.UtaP2pPendingOrdersRequest;
import io.github.bitget4j.model.v3.UtaP2pPublicAd;
import io.github.bitget4j.model.v3.UtaP2pUpdateAdRequest;
import io.github.bitget4j.model.v3.UtaP2pUserInfo;
import java.util.List;
import java.util.stream.Stream;

/**
 * P2P merchant trading of the unified account (V3): ads, orders, payment methods, balances. Private: needs credentials.
 */
public interface P2pApiV3 extends EndpointCaller {

    /**
     * Releases the coins to the buyer; check the fiat arrived first.
     *
     * <p>{@code POST /api/v3/p2p/order-release}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> releaseP2pOrderAsset(UtaP2pOrderIdRequest request) {
        return call(P2pEndpointsV3.RELEASE_P2P_ORDER_ASSET, request);
    }

    /**
     * Marks a P2P order as paid (you are the buyer).
     *
     * <p>{@code POST /api/v3/p2p/order-pay}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> confirmP2pOrderPayment(UtaP2pOrderIdRequest request) {
        return call(P2pEndpointsV3.CONFIRM_P2P_ORDER_PAYMENT, request);
    }

    /**
     * One P2P order with its payment details.
     *
     * <p>{@code GET /api/v3/p2p/order-info}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pOrderInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pOrderInfo> getP2pOrderInfo(UtaP2pOrderIdRequest request) {
        return call(P2pEndpointsV3.GET_P2P_ORDER_INFO, request);
    }

    /**
     * P2P orders still in progress, one page.
     *
     * <p>{@code GET /api/v3/p2p/pending-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pOrders> getP2pPendingOrders(UtaP2pPendingOrdersRequest request) {
        return call(P2pEndpointsV3.GET_P2P_PENDING_ORDERS, request);
    }

    /**
     * Every item of {@link #getP2pPendingOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaP2pOrder> streamP2pPendingOrders(UtaP2pPendingOrdersRequest request) {
        return Pages.byCursor(request, this::getP2pPendingOrders, page -> page.items(), page -> page.items() == null || page.items().isEmpty() ? null : page.items().get(page.items().size() - 1).orderId(),
                (r, n) -> new UtaP2pPendingOrdersRequest(r.orderId(), r.side(), r.startTime(), r.endTime(), n, r.limit(), r.extraParams()));
    }

    /**
     * P2P orders still in progress, one page.
     *
     * <p>{@code GET /api/v3/p2p/pending-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pOrders> getP2pPendingOrders() {
        return getP2pPendingOrders(new UtaP2pPendingOrdersRequest(null, null, null, null, null, null));
    }

    /**
     * All P2P orders, one page.
     *
     * <p>{@code GET /api/v3/p2p/all-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pOrders> getP2pAllOrders(UtaP2pAllOrdersRequest request) {
        return call(P2pEndpointsV3.GET_P2P_ALL_ORDERS, request);
    }

    /**
     * Every item of {@link #getP2pAllOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaP2pOrder> streamP2pAllOrders(UtaP2pAllOrdersRequest request) {
        return Pages.byCursor(request, this::getP2pAllOrders, page -> page.items(), page -> page.items() == null || page.items().isEmpty() ? null : page.items().get(page.items().size() - 1).orderId(),
                (r, n) -> new UtaP2pAllOrdersRequest(r.startTime(), r.endTime(), r.limit(), n, r.orderId(), r.side(), r.status(), r.extraParams()));
    }

    /**
     * All P2P orders, one page.
     *
     * <p>{@code GET /api/v3/p2p/all-orders}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pOrders> getP2pAllOrders() {
        return getP2pAllOrders(new UtaP2pAllOrdersRequest(null, null, null, null, null, null, null));
    }

    /**
     * Creates a P2P ad at a fixed price or a premium.
     *
     * <p>{@code POST /api/v3/p2p/ad-create}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pAdId}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pAdId> createP2pAd(UtaP2pCreateAdRequest request) {
        return call(P2pEndpointsV3.CREATE_P2P_AD, request);
    }

    /**
     * Changes a P2P ad; only the fields given change.
     *
     * <p>{@code POST /api/v3/p2p/ad-update}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> updateP2pAd(UtaP2pUpdateAdRequest request) {
        return call(P2pEndpointsV3.UPDATE_P2P_AD, request);
    }

    /**
     * Lists, delists or deletes a P2P ad.
     *
     * <p>{@code POST /api/v3/p2p/ad-operate}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> operateP2pAd(UtaP2pOperateAdRequest request) {
        return call(P2pEndpointsV3.OPERATE_P2P_AD, request);
    }

    /**
     * One of your P2P ads in full.
     *
     * <p>{@code GET /api/v3/p2p/ad-info}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pAdInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pAdInfo> getP2pAdInfo(UtaP2pAdIdRequest request) {
        return call(P2pEndpointsV3.GET_P2P_AD_INFO, request);
    }

    /**
     * Your P2P ads, one page.
     *
     * <p>{@code GET /api/v3/p2p/my-ads}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pMyAds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pMyAds> getP2pMyAds(UtaP2pMyAdsRequest request) {
        return call(P2pEndpointsV3.GET_P2P_MY_ADS, request);
    }

    /**
     * Your P2P ads, one page.
     *
     * <p>{@code GET /api/v3/p2p/my-ads}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pMyAds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pMyAds> getP2pMyAds() {
        return getP2pMyAds(new UtaP2pMyAdsRequest(null, null, null, null, null, null, null, null));
    }

    /**
     * Public P2P ads for a coin and fiat, one page.
     *
     * <p>{@code GET /api/v3/p2p/ad-list}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code pageNo}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaP2pPublicAd&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaP2pPublicAd>> getP2pAdList(UtaP2pAdListRequest request) {
        return call(P2pEndpointsV3.GET_P2P_AD_LIST, request);
    }

    /**
     * The quantity limits of a P2P ad for a coin and fiat.
     *
     * <p>{@code GET /api/v3/p2p/ad-limit}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pAdLimit}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pAdLimit> getP2pAdLimit(UtaP2pMarketRequest request) {
        return call(P2pEndpointsV3.GET_P2P_AD_LIMIT, request);
    }

    /**
     * The fee and tax a P2P trade would cost.
     *
     * <p>{@code POST /api/v3/p2p/fee-simulate}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pFee}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pFee> simulateP2pFee(UtaP2pFeeSimulateRequest request) {
        return call(P2pEndpointsV3.SIMULATE_P2P_FEE, request);
    }

    /**
     * The reference rate of a coin in a fiat.
     *
     * <p>{@code GET /api/v3/p2p/exchange-rate}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pExchangeRate}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pExchangeRate> getP2pExchangeRate(UtaP2pPairRequest request) {
        return call(P2pEndpointsV3.GET_P2P_EXCHANGE_RATE, request);
    }

    /**
     * Your P2P balance of a coin.
     *
     * <p>{@code GET /api/v3/p2p/balance}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pBalance}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pBalance> getP2pBalance(UtaP2pBalanceRequest request) {
        return call(P2pEndpointsV3.GET_P2P_BALANCE, request);
    }

    /**
     * Your P2P merchant profile and limits.
     *
     * <p>{@code GET /api/v3/p2p/user-info}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pUserInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pUserInfo> getP2pUserInfo() {
        return call(P2pEndpointsV3.GET_P2P_USER_INFO, null);
    }

    /**
     * P2P coins and fiat currencies with their rules.
     *
     * <p>{@code GET /api/v3/p2p/currencies}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaP2pCurrencies}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaP2pCurrencies> getP2pCurrencies() {
        return call(P2pEndpointsV3.GET_P2P_CURRENCIES, null);
    }

    /**
     * Your P2P payment methods, with their account details.
     *
     * <p>{@code GET /api/v3/p2p/pay-method}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaP2pPayMethod&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaP2pPayMethod>> getP2pPayMethods() {
        return call(P2pEndpointsV3.GET_P2P_PAY_METHODS, null);
    }
}
