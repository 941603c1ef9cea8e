// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.ConvertEndpointsV2;
import io.github.bitget4j.model.v2.convert.ConvertBgbCoins;
import io.github.bitget4j.model.v2.convert.ConvertBgbHistoryRequest;
import io.github.bitget4j.model.v2.convert.ConvertBgbRecord;
import io.github.bitget4j.model.v2.convert.ConvertBgbRequest;
import io.github.bitget4j.model.v2.convert.ConvertBgbResult;
import io.github.bitget4j.model.v2.convert.ConvertCoin;
import io.github.bitget4j.model.v2.convert.ConvertHistory;
import io.github.bitget4j.model.v2.convert.ConvertHistoryRequest;
import io.github.bitget4j.model.v2.convert.ConvertQuote;
import io.github.bitget4j.model.v2.convert.ConvertQuoteRequest;
import io.github.bitget4j.model.v2.convert.ConvertRecord;
import io.github.bitget4j.model.v2.convert.ConvertTradeRequest;
import io.github.bitget4j.model.v2.convert.ConvertTradeResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * Convert (V2): swap coins at a quoted price; sweep small balances into BGB.
 */
public interface ConvertApiV2 extends EndpointCaller {

    /**
     * Coins that can be converted, with the caller's balance and limits.
     *
     * <p>{@code GET /api/v2/convert/currencies}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ConvertCoin&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ConvertCoin>> getConvertCoins() {
        return call(ConvertEndpointsV2.GET_CONVERT_COINS, null);
    }

    /**
     * Asks for a quote, valid 8 seconds.
     *
     * <p>{@code GET /api/v2/convert/quoted-price}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code ConvertQuote}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<ConvertQuote> getConvertQuotedPrice(ConvertQuoteRequest request) {
        return call(ConvertEndpointsV2.GET_CONVERT_QUOTED_PRICE, request);
    }

    /**
     * Converts at a quote from getConvertQuotedPrice; echo its fields unchanged.
     *
     * <p>{@code POST /api/v2/convert/trade}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code ConvertTradeResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<ConvertTradeResult> convert(ConvertTradeRequest request) {
        return call(ConvertEndpointsV2.CONVERT, request);
    }

    /**
     * Lists past conversions.
     *
     * <p>{@code GET /api/v2/convert/convert-record}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code ConvertHistory}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<ConvertHistory> getConvertHistory(ConvertHistoryRequest request) {
        return call(ConvertEndpointsV2.GET_CONVERT_HISTORY, request);
    }

    /**
     * Every item of {@link #getConvertHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<ConvertRecord> streamConvertHistory(ConvertHistoryRequest request) {
        return Pages.byCursor(request, this::getConvertHistory, page -> page.dataList(), page -> page.endId(),
                (r, n) -> new ConvertHistoryRequest(r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Coins whose small balances can be swept into BGB.
     *
     * <p>{@code GET /api/v2/convert/bgb-convert-coin-list}, signed; rate limit 10 requests per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code ConvertBgbCoins}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<ConvertBgbCoins> getConvertBGBCoins() {
        return call(ConvertEndpointsV2.GET_CONVERT_BGB_COINS, null);
    }

    /**
     * Sweeps the given coins into BGB.
     *
     * <p>{@code POST /api/v2/convert/bgb-convert}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code ConvertBgbResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<ConvertBgbResult> convertBGB(ConvertBgbRequest request) {
        return call(ConvertEndpointsV2.CONVERT_BGB, request);
    }

    /**
     * Lists past sweeps into BGB.
     *
     * <p>{@code GET /api/v2/convert/bgb-convert-records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ConvertBgbRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ConvertBgbRecord>> getConvertBGBHistory(ConvertBgbHistoryRequest request) {
        return call(ConvertEndpointsV2.GET_CONVERT_BGB_HISTORY, request);
    }

    /**
     * Every item of {@link #getConvertBGBHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<ConvertBgbRecord> streamConvertBGBHistory(ConvertBgbHistoryRequest request) {
        return Pages.byCursor(request, this::getConvertBGBHistory, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new ConvertBgbHistoryRequest(r.orderId(), r.startTime(), r.endTime(), r.limit(), n, r.extraParams()));
    }

    /**
     * Lists past sweeps into BGB.
     *
     * <p>{@code GET /api/v2/convert/bgb-convert-records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ConvertBgbRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ConvertBgbRecord>> getConvertBGBHistory() {
        return getConvertBGBHistory(new ConvertBgbHistoryRequest(null, null, null, null, null));
    }
}
