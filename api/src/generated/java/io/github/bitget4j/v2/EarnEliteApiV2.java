// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.EarnEliteEndpointsV2;
import io.github.bitget4j.model.v2.earn.EarnEliteAssets;
import io.github.bitget4j.model.v2.earn.EarnEliteOrderId;
import io.github.bitget4j.model.v2.earn.EarnEliteOrderRequest;
import io.github.bitget4j.model.v2.earn.EarnEliteProduct;
import io.github.bitget4j.model.v2.earn.EarnEliteProductRequest;
import io.github.bitget4j.model.v2.earn.EarnEliteRecord;
import io.github.bitget4j.model.v2.earn.EarnEliteRecords;
import io.github.bitget4j.model.v2.earn.EarnEliteRecordsRequest;
import io.github.bitget4j.model.v2.earn.EarnEliteRedeemInfo;
import io.github.bitget4j.model.v2.earn.EarnEliteRedeemRequest;
import io.github.bitget4j.model.v2.earn.EarnEliteSubscribeInfo;
import io.github.bitget4j.model.v2.earn.EarnEliteSubscribeRequest;
import io.github.bitget4j.model.v2.earn.EarnEliteSubscribeResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * On-chain Elite earn (V2): BGUSD, BGBTC, BGSOL products, subscribe and redeem.
 */
public interface EarnEliteApiV2 extends EndpointCaller {

    /**
     * Lists Elite products.
     *
     * <p>{@code GET /api/v2/earn/elite/product}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnEliteProduct&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnEliteProduct>> getEarnEliteProducts() {
        return call(EarnEliteEndpointsV2.GET_EARN_ELITE_PRODUCTS, null);
    }

    /**
     * Lists Elite holdings.
     *
     * <p>{@code GET /api/v2/earn/elite/assets}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code EarnEliteAssets}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnEliteAssets> getEarnEliteAssets() {
        return call(EarnEliteEndpointsV2.GET_EARN_ELITE_ASSETS, null);
    }

    /**
     * Lists Elite subscriptions, redemptions and interest.
     *
     * <p>{@code GET /api/v2/earn/elite/records}, signed; rate limit 5 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnEliteRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnEliteRecords> getEarnEliteRecords(EarnEliteRecordsRequest request) {
        return call(EarnEliteEndpointsV2.GET_EARN_ELITE_RECORDS, request);
    }

    /**
     * Every item of {@link #getEarnEliteRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnEliteRecord> streamEarnEliteRecords(EarnEliteRecordsRequest request) {
        return Pages.byCursor(request, this::getEarnEliteRecords, page -> page.recordList(), page -> page.endId(),
                (r, n) -> new EarnEliteRecordsRequest(r.type(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Limits and rates to check before subscribing.
     *
     * <p>{@code GET /api/v2/earn/elite/subscribe-info}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnEliteSubscribeInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnEliteSubscribeInfo> getEarnEliteSubscribeInfo(EarnEliteProductRequest request) {
        return call(EarnEliteEndpointsV2.GET_EARN_ELITE_SUBSCRIBE_INFO, request);
    }

    /**
     * Subscribes to an Elite product.
     *
     * <p>{@code POST /api/v2/earn/elite/subscribe}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnEliteOrderId}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnEliteOrderId> subscribeEarnElite(EarnEliteSubscribeRequest request) {
        return call(EarnEliteEndpointsV2.SUBSCRIBE_EARN_ELITE, request);
    }

    /**
     * State of an Elite subscription.
     *
     * <p>{@code GET /api/v2/earn/elite/subscribe-result}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnEliteSubscribeResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnEliteSubscribeResult> getEarnEliteSubscribeResult(EarnEliteOrderRequest request) {
        return call(EarnEliteEndpointsV2.GET_EARN_ELITE_SUBSCRIBE_RESULT, request);
    }

    /**
     * Redemption options of an Elite holding.
     *
     * <p>{@code GET /api/v2/earn/elite/redeem-info}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnEliteRedeemInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnEliteRedeemInfo> getEarnEliteRedeemInfo(EarnEliteProductRequest request) {
        return call(EarnEliteEndpointsV2.GET_EARN_ELITE_REDEEM_INFO, request);
    }

    /**
     * Redeems an Elite holding.
     *
     * <p>{@code POST /api/v2/earn/elite/redeem}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnEliteOrderId}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnEliteOrderId> redeemEarnElite(EarnEliteRedeemRequest request) {
        return call(EarnEliteEndpointsV2.REDEEM_EARN_ELITE, request);
    }
}
