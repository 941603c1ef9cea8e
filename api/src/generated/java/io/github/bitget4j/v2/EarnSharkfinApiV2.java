// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.EarnSharkfinEndpointsV2;
import io.github.bitget4j.model.v2.earn.EarnOrder;
import io.github.bitget4j.model.v2.earn.EarnResult;
import io.github.bitget4j.model.v2.earn.EarnSharkfinAccount;
import io.github.bitget4j.model.v2.earn.EarnSharkfinAsset;
import io.github.bitget4j.model.v2.earn.EarnSharkfinAssets;
import io.github.bitget4j.model.v2.earn.EarnSharkfinAssetsRequest;
import io.github.bitget4j.model.v2.earn.EarnSharkfinOrderRequest;
import io.github.bitget4j.model.v2.earn.EarnSharkfinProduct;
import io.github.bitget4j.model.v2.earn.EarnSharkfinProductRequest;
import io.github.bitget4j.model.v2.earn.EarnSharkfinProducts;
import io.github.bitget4j.model.v2.earn.EarnSharkfinProductsRequest;
import io.github.bitget4j.model.v2.earn.EarnSharkfinRecord;
import io.github.bitget4j.model.v2.earn.EarnSharkfinRecords;
import io.github.bitget4j.model.v2.earn.EarnSharkfinRecordsRequest;
import io.github.bitget4j.model.v2.earn.EarnSharkfinSubscribeInfo;
import io.github.bitget4j.model.v2.earn.EarnSharkfinSubscribeRequest;
import java.util.stream.Stream;

/**
 * Earn shark fin (V2): principal-protected products whose rate depends on a price range.
 */
public interface EarnSharkfinApiV2 extends EndpointCaller {

    /**
     * Lists shark fin products of a coin.
     *
     * <p>{@code GET /api/v2/earn/sharkfin/product}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnSharkfinProducts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSharkfinProducts> getSharkfinProducts(EarnSharkfinProductsRequest request) {
        return call(EarnSharkfinEndpointsV2.GET_SHARKFIN_PRODUCTS, request);
    }

    /**
     * Every item of {@link #getSharkfinProducts}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnSharkfinProduct> streamSharkfinProducts(EarnSharkfinProductsRequest request) {
        return Pages.byCursor(request, this::getSharkfinProducts, page -> page.resultList(), page -> page.endId(),
                (r, n) -> new EarnSharkfinProductsRequest(r.coin(), r.limit(), n, r.extraParams()));
    }

    /**
     * Totals of shark fin holdings in BTC and USDT.
     *
     * <p>{@code GET /api/v2/earn/sharkfin/account}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code EarnSharkfinAccount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSharkfinAccount> getSharkfinAccount() {
        return call(EarnSharkfinEndpointsV2.GET_SHARKFIN_ACCOUNT, null);
    }

    /**
     * Lists shark fin holdings.
     *
     * <p>{@code GET /api/v2/earn/sharkfin/assets}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnSharkfinAssets}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSharkfinAssets> getSharkfinAssets(EarnSharkfinAssetsRequest request) {
        return call(EarnSharkfinEndpointsV2.GET_SHARKFIN_ASSETS, request);
    }

    /**
     * Every item of {@link #getSharkfinAssets}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnSharkfinAsset> streamSharkfinAssets(EarnSharkfinAssetsRequest request) {
        return Pages.byCursor(request, this::getSharkfinAssets, page -> page.resultList(), page -> page.endId(),
                (r, n) -> new EarnSharkfinAssetsRequest(r.status(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists shark fin subscriptions, redemptions and interest.
     *
     * <p>{@code GET /api/v2/earn/sharkfin/records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnSharkfinRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSharkfinRecords> getSharkfinRecords(EarnSharkfinRecordsRequest request) {
        return call(EarnSharkfinEndpointsV2.GET_SHARKFIN_RECORDS, request);
    }

    /**
     * Every item of {@link #getSharkfinRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnSharkfinRecord> streamSharkfinRecords(EarnSharkfinRecordsRequest request) {
        return Pages.byCursor(request, this::getSharkfinRecords, page -> page.resultList(), page -> page.endId(),
                (r, n) -> new EarnSharkfinRecordsRequest(r.coin(), r.type(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Limits, prices and rates of a product.
     *
     * <p>{@code GET /api/v2/earn/sharkfin/subscribe-info}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnSharkfinSubscribeInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSharkfinSubscribeInfo> getSharkfinSubscription(EarnSharkfinProductRequest request) {
        return call(EarnSharkfinEndpointsV2.GET_SHARKFIN_SUBSCRIPTION, request);
    }

    /**
     * Subscribes to a shark fin product.
     *
     * <p>{@code POST /api/v2/earn/sharkfin/subscribe}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnOrder}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnOrder> subscribeSharkfin(EarnSharkfinSubscribeRequest request) {
        return call(EarnSharkfinEndpointsV2.SUBSCRIBE_SHARKFIN, request);
    }

    /**
     * Whether a subscription went through.
     *
     * <p>{@code GET /api/v2/earn/sharkfin/subscribe-result}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnResult> getSharkfinSubscriptionResult(EarnSharkfinOrderRequest request) {
        return call(EarnSharkfinEndpointsV2.GET_SHARKFIN_SUBSCRIPTION_RESULT, request);
    }
}
