// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticker push; futures add mark and index prices and funding.
 *
 * @param symbol symbol ({@code symbol})
 * @param lastPrice last price ({@code lastPrice})
 * @param openPrice24h open price24h ({@code openPrice24h})
 * @param highPrice24h high price24h ({@code highPrice24h})
 * @param lowPrice24h low price24h ({@code lowPrice24h})
 * @param bid1Price bid1 price ({@code bid1Price})
 * @param bid1Size bid1 size ({@code bid1Size})
 * @param ask1Price ask1 price ({@code ask1Price})
 * @param ask1Size ask1 size ({@code ask1Size})
 * @param price24hPcnt fraction, 0.01 = 1 %.
 * @param volume24h volume24h ({@code volume24h})
 * @param turnover24h turnover24h ({@code turnover24h})
 * @param indexPrice futures.
 * @param markPrice futures.
 * @param fundingRate futures.
 * @param nextFundingTime futures.
 * @param openInterest futures.
 * @param deliveryStartTime futures.
 * @param deliveryTime futures.
 * @param deliveryStatus futures.
 * @param ts ts ({@code ts})
 */
public record WsTickerV3(
        String symbol,
        BigDecimal lastPrice,
        @Nullable BigDecimal openPrice24h,
        @Nullable BigDecimal highPrice24h,
        @Nullable BigDecimal lowPrice24h,
        @Nullable BigDecimal bid1Price,
        @Nullable BigDecimal bid1Size,
        @Nullable BigDecimal ask1Price,
        @Nullable BigDecimal ask1Size,
        @Nullable BigDecimal price24hPcnt,
        @Nullable BigDecimal volume24h,
        @Nullable BigDecimal turnover24h,
        @Nullable BigDecimal indexPrice,
        @Nullable BigDecimal markPrice,
        @Nullable BigDecimal fundingRate,
        @Nullable Instant nextFundingTime,
        @Nullable BigDecimal openInterest,
        @Nullable Instant deliveryStartTime,
        @Nullable Instant deliveryTime,
        @Nullable String deliveryStatus,
        @Nullable Instant ts) {
}
