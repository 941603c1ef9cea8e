// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * 24-hour ticker of one contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param lastPr last traded price.
 * @param askPr ask pr ({@code askPr})
 * @param bidPr bid pr ({@code bidPr})
 * @param bidSz bid sz ({@code bidSz})
 * @param askSz ask sz ({@code askSz})
 * @param high24h high24h ({@code high24h})
 * @param low24h low24h ({@code low24h})
 * @param ts ts ({@code ts})
 * @param change24h ratio, e.g. 0.0123 = +1.23 %.
 * @param baseVolume base volume ({@code baseVolume})
 * @param quoteVolume quote volume ({@code quoteVolume})
 * @param usdtVolume usdt volume ({@code usdtVolume})
 * @param openUtc price at UTC 00:00.
 * @param changeUtc24h change since UTC 00:00.
 * @param indexPrice index price ({@code indexPrice})
 * @param fundingRate funding rate ({@code fundingRate})
 * @param holdingAmount open interest, base coin.
 * @param deliveryStartTime delivery contracts only.
 * @param deliveryTime delivery contracts only.
 * @param deliveryStatus delivery contracts only.
 * @param open24h open24h ({@code open24h})
 * @param markPrice mark price ({@code markPrice})
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
