// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.CommonEndpointsV2;
import io.github.bitget4j.model.CommonAllTradeRatesRequest;
import io.github.bitget4j.model.CommonAnnouncement;
import io.github.bitget4j.model.CommonAnnouncementsRequest;
import io.github.bitget4j.model.CommonSymbolTradeRate;
import io.github.bitget4j.model.CommonTradeRate;
import io.github.bitget4j.model.CommonTradeRateRequest;
import io.github.bitget4j.model.ServerTime;
import java.util.List;

/**
 * Public V2 endpoints shared by every product.
 */
public interface CommonApiV2 extends EndpointCaller {

    /**
     * Bitget's clock.
     *
     * <p>{@code GET /api/v2/public/time}, public; rate limit 20 requests per second per IP.
     *
     * @return Bitget's answer, its {@code data} read as {@code ServerTime}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<ServerTime> getServerTime() {
        return call(CommonEndpointsV2.GET_SERVER_TIME, null);
    }

    /**
     * Bitget's announcements of the last month (Bitget spells the path this way).
     *
     * <p>{@code GET /api/v2/public/annoucements}, public; rate limit 20 requests per second per IP.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CommonAnnouncement&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CommonAnnouncement>> getAnnouncements(CommonAnnouncementsRequest request) {
        return call(CommonEndpointsV2.GET_ANNOUNCEMENTS, request);
    }

    /**
     * The account's maker and taker fee rates on one symbol.
     *
     * <p>{@code GET /api/v2/common/trade-rate}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code CommonTradeRate}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<CommonTradeRate> getTradeRate(CommonTradeRateRequest request) {
        return call(CommonEndpointsV2.GET_TRADE_RATE, request);
    }

    /**
     * The account's maker and taker fee rates on every symbol of a product line.
     *
     * <p>{@code GET /api/v2/common/all-trade-rate}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;CommonSymbolTradeRate&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<CommonSymbolTradeRate>> getAllTradeRates(CommonAllTradeRatesRequest request) {
        return call(CommonEndpointsV2.GET_ALL_TRADE_RATES, request);
    }
}
