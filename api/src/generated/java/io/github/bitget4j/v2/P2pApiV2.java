// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.P2pEndpointsV2;
import io.github.bitget4j.model.v2.p2p.P2pAdvListRequest;
import io.github.bitget4j.model.v2.p2p.P2pAdvertisement;
import io.github.bitget4j.model.v2.p2p.P2pAdvertisements;
import io.github.bitget4j.model.v2.p2p.P2pMerchant;
import io.github.bitget4j.model.v2.p2p.P2pMerchantInfo;
import io.github.bitget4j.model.v2.p2p.P2pMerchantListRequest;
import io.github.bitget4j.model.v2.p2p.P2pMerchants;
import io.github.bitget4j.model.v2.p2p.P2pOrder;
import io.github.bitget4j.model.v2.p2p.P2pOrders;
import io.github.bitget4j.model.v2.p2p.P2pOrdersRequest;
import java.util.stream.Stream;

/**
 * P2P merchant data (V2): merchants, own profile, orders, advertisements. Read only.
 */
public interface P2pApiV2 extends EndpointCaller {

    /**
     * Lists P2P merchants.
     *
     * <p>{@code GET /api/v2/p2p/merchantList}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code P2pMerchants}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<P2pMerchants> getP2PMerchantList(P2pMerchantListRequest request) {
        return call(P2pEndpointsV2.GET_P2_P_MERCHANT_LIST, request);
    }

    /**
     * Every item of {@link #getP2PMerchantList}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<P2pMerchant> streamP2PMerchantList(P2pMerchantListRequest request) {
        return Pages.byCursor(request, this::getP2PMerchantList, page -> page.merchantList(), page -> page.minMerchantId(),
                (r, n) -> new P2pMerchantListRequest(r.online(), n, r.limit(), r.extraParams()));
    }

    /**
     * Lists P2P merchants.
     *
     * <p>{@code GET /api/v2/p2p/merchantList}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code P2pMerchants}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<P2pMerchants> getP2PMerchantList() {
        return getP2PMerchantList(new P2pMerchantListRequest(null, null, null));
    }

    /**
     * The caller's own merchant profile.
     *
     * <p>{@code GET /api/v2/p2p/merchantInfo}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code P2pMerchantInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<P2pMerchantInfo> getP2PMerchantInfo() {
        return call(P2pEndpointsV2.GET_P2_P_MERCHANT_INFO, null);
    }

    /**
     * Lists the merchant's P2P orders of one advertisement.
     *
     * <p>{@code GET /api/v2/p2p/orderList}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code P2pOrders}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<P2pOrders> getP2PMerchantOrders(P2pOrdersRequest request) {
        return call(P2pEndpointsV2.GET_P2_P_MERCHANT_ORDERS, request);
    }

    /**
     * Every item of {@link #getP2PMerchantOrders}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<P2pOrder> streamP2PMerchantOrders(P2pOrdersRequest request) {
        return Pages.byCursor(request, this::getP2PMerchantOrders, page -> page.orderList(), page -> page.minOrderId(),
                (r, n) -> new P2pOrdersRequest(r.startTime(), r.endTime(), n, r.limit(), r.status(), r.advNo(), r.side(), r.coin(), r.language(), r.fiat(), r.orderNo(), r.extraParams()));
    }

    /**
     * Lists P2P advertisements (own by default).
     *
     * <p>{@code GET /api/v2/p2p/advList}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code P2pAdvertisements}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<P2pAdvertisements> getP2PMerchantAdvertisementList(P2pAdvListRequest request) {
        return call(P2pEndpointsV2.GET_P2_P_MERCHANT_ADVERTISEMENT_LIST, request);
    }

    /**
     * Every item of {@link #getP2PMerchantAdvertisementList}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<P2pAdvertisement> streamP2PMerchantAdvertisementList(P2pAdvListRequest request) {
        return Pages.byCursor(request, this::getP2PMerchantAdvertisementList, page -> page.advList(), page -> page.minAdvId(),
                (r, n) -> new P2pAdvListRequest(r.startTime(), r.endTime(), n, r.limit(), r.status(), r.advNo(), r.side(), r.coin(), r.language(), r.fiat(), r.orderBy(), r.payMethodId(), r.sourceType(), r.extraParams()));
    }
}
