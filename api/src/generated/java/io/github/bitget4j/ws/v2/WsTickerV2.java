// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticker push: spot fields, and for futures the funding and mark prices.
 *
 * @param instId the symbol.
 * @param lastPr last pr ({@code lastPr})
 * @param open24h open24h ({@code open24h})
 * @param high24h high24h ({@code high24h})
 * @param low24h low24h ({@code low24h})
 * @param change24h fraction, 0.01 = 1 %.
 * @param bidPr bid pr ({@code bidPr})
 * @param askPr ask pr ({@code askPr})
 * @param bidSz bid sz ({@code bidSz})
 * @param askSz ask sz ({@code askSz})
 * @param baseVolume base volume ({@code baseVolume})
 * @param quoteVolume quote volume ({@code quoteVolume})
 * @param openUtc open utc ({@code openUtc})
 * @param changeUtc24h change utc24h ({@code changeUtc24h})
 * @param usdtVolume futures.
 * @param indexPrice futures.
 * @param markPrice futures.
 * @param fundingRate futures.
 * @param nextFundingTime futures.
 * @param holdingAmount futures: open interest.
 * @param symbolType futures: perpetual or delivery.
 * @param deliveryStartTime futures.
 * @param deliveryTime futures.
 * @param deliveryStatus futures.
 * @param ts ts ({@code ts})
 */
public record WsTickerV2(
        String instId,
        BigDecimal lastPr,
        @Nullable BigDecimal open24h,
        @Nullable BigDecimal high24h,
        @Nullable BigDecimal low24h,
        @Nullable BigDecimal change24h,
        @Nullable BigDecimal bidPr,
        @Nullable BigDecimal askPr,
        @Nullable BigDecimal bidSz,
        @Nullable BigDecimal askSz,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal quoteVolume,
        @Nullable BigDecimal openUtc,
        @Nullable BigDecimal changeUtc24h,
        @Nullable BigDecimal usdtVolume,
        @Nullable BigDecimal indexPrice,
        @Nullable BigDecimal markPrice,
        @Nullable BigDecimal fundingRate,
        @Nullable Instant nextFundingTime,
        @Nullable BigDecimal holdingAmount,
        @Nullable String symbolType,
        @Nullable Instant deliveryStartTime,
        @Nullable Instant deliveryTime,
        @Nullable String deliveryStatus,
        Instant ts) {
}
