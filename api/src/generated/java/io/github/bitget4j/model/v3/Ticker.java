// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 24-hour market summary of one V3 symbol; the futures-only components are null elsewhere.
 *
 * @param category e.g. SPOT, USDT-FUTURES.
 * @param symbol e.g. BTCUSDT.
 * @param lastPrice last traded price.
 * @param openPrice24h price 24 hours ago.
 * @param highPrice24h highest price of the last 24 hours.
 * @param lowPrice24h lowest price of the last 24 hours.
 * @param ask1Price best ask price; null when nobody asks.
 * @param bid1Price best bid price; null when nobody bids.
 * @param bid1Size size at the best bid.
 * @param ask1Size size at the best ask.
 * @param price24hPcnt change over the last 24 hours, as a ratio (0.01 = 1%).
 * @param volume24h 24-hour volume in the base coin.
 * @param turnover24h 24-hour value in the quote coin.
 * @param platformTurnover24h 24-hour value traded on the platform (tokenised assets).
 * @param indexPrice index price (futures).
 * @param markPrice mark price (futures).
 * @param fundingRate current funding rate (futures).
 * @param openInterest open interest (futures).
 * @param deliveryStartTime start of delivery, Unix milliseconds.
 * @param deliveryTime delivery time, Unix milliseconds.
 * @param deliveryStatus delivery state of a delivery contract.
 */
public record Ticker(
        String category,
        String symbol,
        BigDecimal lastPrice,
        @Nullable BigDecimal openPrice24h,
        @Nullable BigDecimal highPrice24h,
        @Nullable BigDecimal lowPrice24h,
        @Nullable BigDecimal ask1Price,
        @Nullable BigDecimal bid1Price,
        @Nullable BigDecimal bid1Size,
        @Nullable BigDecimal ask1Size,
        @Nullable BigDecimal price24hPcnt,
        @Nullable BigDecimal volume24h,
        @Nullable BigDecimal turnover24h,
        @Nullable BigDecimal platformTurnover24h,
        @Nullable BigDecimal indexPrice,
        @Nullable BigDecimal markPrice,
        @Nullable BigDecimal fundingRate,
        @Nullable BigDecimal openInterest,
        @Nullable Long deliveryStartTime,
        @Nullable Long deliveryTime,
        @Nullable String deliveryStatus) {
}
