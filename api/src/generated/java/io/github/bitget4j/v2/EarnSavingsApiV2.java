// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.EarnSavingsEndpointsV2;
import io.github.bitget4j.model.v2.earn.EarnOrder;
import io.github.bitget4j.model.v2.earn.EarnResult;
import io.github.bitget4j.model.v2.earn.EarnSavingsAccount;
import io.github.bitget4j.model.v2.earn.EarnSavingsAsset;
import io.github.bitget4j.model.v2.earn.EarnSavingsAssets;
import io.github.bitget4j.model.v2.earn.EarnSavingsAssetsRequest;
import io.github.bitget4j.model.v2.earn.EarnSavingsProduct;
import io.github.bitget4j.model.v2.earn.EarnSavingsProductRequest;
import io.github.bitget4j.model.v2.earn.EarnSavingsProductsRequest;
import io.github.bitget4j.model.v2.earn.EarnSavingsRecord;
import io.github.bitget4j.model.v2.earn.EarnSavingsRecords;
import io.github.bitget4j.model.v2.earn.EarnSavingsRecordsRequest;
import io.github.bitget4j.model.v2.earn.EarnSavingsRedeemRequest;
import io.github.bitget4j.model.v2.earn.EarnSavingsRedeemResultRequest;
import io.github.bitget4j.model.v2.earn.EarnSavingsSubscribeInfo;
import io.github.bitget4j.model.v2.earn.EarnSavingsSubscribeRequest;
import io.github.bitget4j.model.v2.earn.EarnSavingsSubscribeResultRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Earn savings (V2): flexible and fixed-term products, holdings, subscribe, redeem.
 */
public interface EarnSavingsApiV2 extends EndpointCaller {

    /**
     * Lists savings products.
     *
     * <p>{@code GET /api/v2/earn/savings/product}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnSavingsProduct&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnSavingsProduct>> getEarnSavingsProducts(EarnSavingsProductsRequest request) {
        return call(EarnSavingsEndpointsV2.GET_EARN_SAVINGS_PRODUCTS, request);
    }

    /**
     * Lists savings products.
     *
     * <p>{@code GET /api/v2/earn/savings/product}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnSavingsProduct&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnSavingsProduct>> getEarnSavingsProducts() {
        return getEarnSavingsProducts(new EarnSavingsProductsRequest(null, null));
    }

    /**
     * Totals of the savings account in BTC and USDT.
     *
     * <p>{@code GET /api/v2/earn/savings/account}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code EarnSavingsAccount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSavingsAccount> getEarnSavingsAccount() {
        return call(EarnSavingsEndpointsV2.GET_EARN_SAVINGS_ACCOUNT, null);
    }

    /**
     * Lists savings holdings.
     *
     * <p>{@code GET /api/v2/earn/savings/assets}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnSavingsAssets}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSavingsAssets> getEarnSavingsAssets(EarnSavingsAssetsRequest request) {
        return call(EarnSavingsEndpointsV2.GET_EARN_SAVINGS_ASSETS, request);
    }

    /**
     * Every item of {@link #getEarnSavingsAssets}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnSavingsAsset> streamEarnSavingsAssets(EarnSavingsAssetsRequest request) {
        return Pages.byCursor(request, this::getEarnSavingsAssets, page -> page.resultList(), page -> page.endId(),
                (r, n) -> new EarnSavingsAssetsRequest(r.periodType(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists subscriptions, redemptions and interest payments.
     *
     * <p>{@code GET /api/v2/earn/savings/records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnSavingsRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSavingsRecords> getEarnSavingsRecords(EarnSavingsRecordsRequest request) {
        return call(EarnSavingsEndpointsV2.GET_EARN_SAVINGS_RECORDS, request);
    }

    /**
     * Every item of {@link #getEarnSavingsRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<EarnSavingsRecord> streamEarnSavingsRecords(EarnSavingsRecordsRequest request) {
        return Pages.byCursor(request, this::getEarnSavingsRecords, page -> page.resultList(), page -> page.endId(),
                (r, n) -> new EarnSavingsRecordsRequest(r.coin(), r.periodType(), r.orderType(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Limits and rates to check before subscribing.
     *
     * <p>{@code GET /api/v2/earn/savings/subscribe-info}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnSavingsSubscribeInfo}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnSavingsSubscribeInfo> getEarnSavingsSubscription(EarnSavingsProductRequest request) {
        return call(EarnSavingsEndpointsV2.GET_EARN_SAVINGS_SUBSCRIPTION, request);
    }

    /**
     * Subscribes to a savings product.
     *
     * <p>{@code POST /api/v2/earn/savings/subscribe}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnOrder}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnOrder> earnSubscribeSavings(EarnSavingsSubscribeRequest request) {
        return call(EarnSavingsEndpointsV2.EARN_SUBSCRIBE_SAVINGS, request);
    }

    /**
     * Whether a subscription went through.
     *
     * <p>{@code GET /api/v2/earn/savings/subscribe-result}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnResult> getEarnSavingsSubscriptionResult(EarnSavingsSubscribeResultRequest request) {
        return call(EarnSavingsEndpointsV2.GET_EARN_SAVINGS_SUBSCRIPTION_RESULT, request);
    }

    /**
     * Redeems a savings holding.
     *
     * <p>{@code POST /api/v2/earn/savings/redeem}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnOrder}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnOrder> earnRedeemSavings(EarnSavingsRedeemRequest request) {
        return call(EarnSavingsEndpointsV2.EARN_REDEEM_SAVINGS, request);
    }

    /**
     * Whether a savings redemption went through.
     *
     * <p>{@code GET /api/v2/earn/savings/redeem-result}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code EarnResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<EarnResult> getEarnSavingsRedemptionResult(EarnSavingsRedeemResultRequest request) {
        return call(EarnSavingsEndpointsV2.GET_EARN_SAVINGS_REDEMPTION_RESULT, request);
    }
}
