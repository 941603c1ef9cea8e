// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticker push: spot fields, and for futures the funding and mark prices.
 *
 * @param instId the symbol.
 * @param lastPr lastPr
 * @param open24h open24h
 * @param high24h high24h
 * @param low24h low24h
 * @param change24h fraction, 0.01 = 1 %.
 * @param bidPr bidPr
 * @param askPr askPr
 * @param bidSz bidSz
 * @param askSz askSz
 * @param baseVolume baseVolume
 * @param quoteVolume quoteVolume
 * @param openUtc openUtc
 * @param changeUtc24h changeUtc24h
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
 * @param ts ts
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
