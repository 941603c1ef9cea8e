package io.github.bitget4j.ws;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A {@code ticker} push, V2 ({@code lastPr}, {@code bidPr}, ...) and V3 ({@code lastPrice}, {@code bid1Price}, ...).
 *
 * @param symbol      V2 {@code instId}, V3 {@code symbol}
 * @param lastPrice   last traded price
 * @param open24h     price 24 h ago
 * @param high24h     24 h high
 * @param low24h      24 h low
 * @param bidPrice    best bid
 * @param bidSize     size at the best bid
 * @param askPrice    best ask
 * @param askSize     size at the best ask
 * @param baseVolume  24 h volume in the base coin
 * @param quoteVolume 24 h volume in the quote coin
 * @param change24h   24 h change as a fraction (0.01 = 1 %)
 * @param ts          time of the ticker (ms), when sent in the data
 */
public record WsTicker(
        @SerializedName(value = "symbol", alternate = "instId") @Nullable String symbol,
        @SerializedName(value = "lastPrice", alternate = "lastPr") @Nullable BigDecimal lastPrice,
        @SerializedName(value = "open24h", alternate = "openPrice24h") @Nullable BigDecimal open24h,
        @SerializedName(value = "high24h", alternate = "highPrice24h") @Nullable BigDecimal high24h,
        @SerializedName(value = "low24h", alternate = "lowPrice24h") @Nullable BigDecimal low24h,
        @SerializedName(value = "bidPrice", alternate = {"bidPr", "bid1Price"}) @Nullable BigDecimal bidPrice,
        @SerializedName(value = "bidSize", alternate = {"bidSz", "bid1Size"}) @Nullable BigDecimal bidSize,
        @SerializedName(value = "askPrice", alternate = {"askPr", "ask1Price"}) @Nullable BigDecimal askPrice,
        @SerializedName(value = "askSize", alternate = {"askSz", "ask1Size"}) @Nullable BigDecimal askSize,
        @SerializedName(value = "baseVolume", alternate = "volume24h") @Nullable BigDecimal baseVolume,
        @SerializedName(value = "quoteVolume", alternate = "turnover24h") @Nullable BigDecimal quoteVolume,
        @SerializedName(value = "change24h", alternate = "price24hPcnt") @Nullable BigDecimal change24h,
        @Nullable Long ts) {
}
