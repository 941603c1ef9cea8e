// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.EarnEndpointsV3;
import io.github.bitget4j.model.v3.UtaEarnEliteAssets;
import io.github.bitget4j.model.v3.UtaEarnEliteProduct;
import io.github.bitget4j.model.v3.UtaEarnOrderId;
import io.github.bitget4j.model.v3.UtaEarnProductRequest;
import io.github.bitget4j.model.v3.UtaEarnRecord;
import io.github.bitget4j.model.v3.UtaEarnRecords;
import io.github.bitget4j.model.v3.UtaEarnRecordsRequest;
import io.github.bitget4j.model.v3.UtaEarnRedeemInfo;
import io.github.bitget4j.model.v3.UtaEarnRedeemRequest;
import io.github.bitget4j.model.v3.UtaEarnSubscribeInfo;
import io.github.bitget4j.model.v3.UtaEarnSubscribeRequest;
import io.github.bitget4j.model.v3.UtaEarnSubscribeResultRequest;
import io.github.bitget4j.model.v3.UtaEarnSubscribeStatus;
import java.util.List;
import java.util.stream.Stream;

/**
 * On-chain Elite earn products of the unified account (V3), e.g. BGUSD, BGBTC, BGSOL: subscribe and redeem. Private: needs credentials.
 */
public interface EarnApiV3 extends EndpointCaller {

    /**
     * Subscribes to an Elite product; it settles later.
     *
     * <p>{@code POST /api/v3/earn/elite-subscribe}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaEarnOrderId}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaEarnOrderId> subscribeEarnElite(UtaEarnSubscribeRequest request) {
        return call(EarnEndpointsV3.SUBSCRIBE_EARN_ELITE, request);
    }

    /**
     * The state of an Elite subscription.
     *
     * <p>{@code GET /api/v3/earn/elite-subscribe-result}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaEarnSubscribeStatus}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaEarnSubscribeStatus> getEarnEliteSubscribeResult(UtaEarnSubscribeResultRequest request) {
        return call(EarnEndpointsV3.GET_EARN_ELITE_SUBSCRIBE_RESULT, request);
    }

    /**
     * Redeems an Elite holding.
     *
     * <p>{@code POST /api/v3/earn/elite-redeem}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaEarnOrderId}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaEarnOrderId> redeemEarnElite(UtaEarnRedeemRequest request) {
        return call(EarnEndpointsV3.REDEEM_EARN_ELITE, request);
    }

    /**
     * The Elite products on offer.
     *
     * <p>{@code GET /api/v3/earn/elite-product}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaEarnEliteProduct&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaEarnEliteProduct>> getEarnEliteProducts() {
        return call(EarnEndpointsV3.GET_EARN_ELITE_PRODUCTS, null);
    }

    /**
     * The Elite holdings of the account.
     *
     * <p>{@code GET /api/v3/earn/elite-assets}, signed; rate limit 5 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaEarnEliteAssets}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaEarnEliteAssets> getEarnEliteAssets() {
        return call(EarnEndpointsV3.GET_EARN_ELITE_ASSETS, null);
    }

    /**
     * Elite history of one kind, one page.
     *
     * <p>{@code GET /api/v3/earn/elite-records}, signed; rate limit 5 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaEarnRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaEarnRecords> getEarnEliteRecords(UtaEarnRecordsRequest request) {
        return call(EarnEndpointsV3.GET_EARN_ELITE_RECORDS, request);
    }

    /**
     * Every item of {@link #getEarnEliteRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaEarnRecord> streamEarnEliteRecords(UtaEarnRecordsRequest request) {
        return Pages.byCursor(request, this::getEarnEliteRecords, page -> page.recordList(), page -> page.endId(),
                (r, n) -> new UtaEarnRecordsRequest(r.type(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Subscription terms of an Elite product.
     *
     * <p>{@code GET /api/v3/earn/elite-subscribe-info}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaEarnSubscribeInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaEarnSubscribeInfo> getEarnEliteSubscribeInfo(UtaEarnProductRequest request) {
        return call(EarnEndpointsV3.GET_EARN_ELITE_SUBSCRIBE_INFO, request);
    }

    /**
     * Redemption terms of an Elite product.
     *
     * <p>{@code GET /api/v3/earn/elite-redeem-info}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaEarnRedeemInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaEarnRedeemInfo> getEarnEliteRedeemInfo(UtaEarnProductRequest request) {
        return call(EarnEndpointsV3.GET_EARN_ELITE_REDEEM_INFO, request);
    }
}
