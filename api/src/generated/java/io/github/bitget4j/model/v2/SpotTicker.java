// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 24-hour market summary of one spot symbol.
 *
 * @param symbol e.g. BTCUSDT.
 * @param high24h highest price of the last 24 hours.
 * @param open price 24 hours ago.
 * @param low24h lowest price of the last 24 hours.
 * @param lastPr last traded price.
 * @param quoteVolume 24-hour volume in the quote coin.
 * @param baseVolume 24-hour volume in the base coin.
 * @param usdtVolume 24-hour volume in USDT.
 * @param bidPr best bid price; null when nobody bids.
 * @param askPr best ask price; null when nobody asks.
 * @param bidSz size at the best bid.
 * @param askSz size at the best ask.
 * @param openUtc price at 00:00 UTC.
 * @param ts time of this snapshot, Unix milliseconds.
 * @param changeUtc24h change since 00:00 UTC, as a ratio (0.01 = 1%).
 * @param change24h change over the last 24 hours, as a ratio.
 */
public record SpotTicker(
        String symbol,
        BigDecimal high24h,
        BigDecimal open,
        BigDecimal low24h,
        BigDecimal lastPr,
        BigDecimal quoteVolume,
        BigDecimal baseVolume,
        BigDecimal usdtVolume,
        @Nullable BigDecimal bidPr,
        @Nullable BigDecimal askPr,
        @Nullable BigDecimal bidSz,
        @Nullable BigDecimal askSz,
        @Nullable BigDecimal openUtc,
        Long ts,
        @Nullable BigDecimal changeUtc24h,
        @Nullable BigDecimal change24h) {
}
