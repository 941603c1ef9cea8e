// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * 24-hour ticker of one contract.
 *
 * @param symbol symbol
 * @param lastPr last traded price.
 * @param askPr askPr
 * @param bidPr bidPr
 * @param bidSz bidSz
 * @param askSz askSz
 * @param high24h high24h
 * @param low24h low24h
 * @param ts ts
 * @param change24h ratio, e.g. 0.0123 = +1.23 %.
 * @param baseVolume baseVolume
 * @param quoteVolume quoteVolume
 * @param usdtVolume usdtVolume
 * @param openUtc price at UTC 00:00.
 * @param changeUtc24h change since UTC 00:00.
 * @param indexPrice indexPrice
 * @param fundingRate fundingRate
 * @param holdingAmount open interest, base coin.
 * @param deliveryStartTime delivery contracts only.
 * @param deliveryTime delivery contracts only.
 * @param deliveryStatus delivery contracts only.
 * @param open24h open24h
 * @param markPrice markPrice
 */
public record FuturesTicker(
        String symbol,
        BigDecimal lastPr,
        @Nullable BigDecimal askPr,
        @Nullable BigDecimal bidPr,
        @Nullable BigDecimal bidSz,
        @Nullable BigDecimal askSz,
        @Nullable BigDecimal high24h,
        @Nullable BigDecimal low24h,
        Instant ts,
        @Nullable BigDecimal change24h,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal quoteVolume,
        @Nullable BigDecimal usdtVolume,
        @Nullable BigDecimal openUtc,
        @Nullable BigDecimal changeUtc24h,
        @Nullable BigDecimal indexPrice,
        @Nullable BigDecimal fundingRate,
        @Nullable BigDecimal holdingAmount,
        @Nullable Instant deliveryStartTime,
        @Nullable Instant deliveryTime,
        @Nullable String deliveryStatus,
        @Nullable BigDecimal open24h,
        @Nullable BigDecimal markPrice) {
}
