package io.github.bitget4j.ws;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A position update: V2 {@code positions} and V3 {@code position}.
 *
 * @param symbol        V2 {@code instId}, V3 {@code symbol}
 * @param posId         the position's id
 * @param holdSide      {@code long} or {@code short} (V3 {@code posSide})
 * @param marginMode    {@code crossed} or {@code isolated}
 * @param total         size of the position (V3 {@code size})
 * @param available     size that can be closed
 * @param avgOpenPrice  V2 {@code openPriceAvg}, V3 {@code avgPrice}
 * @param unrealizedPnl V2 {@code unrealizedPL}, V3 {@code unrealisedPnl}
 * @param leverage      leverage
 * @param uTime         last update (ms)
 */
public record WsPosition(
        @SerializedName(value = "symbol", alternate = "instId") @Nullable String symbol,
        @Nullable String posId,
        @SerializedName(value = "holdSide", alternate = "posSide") @Nullable String holdSide,
        @Nullable String marginMode,
        @SerializedName(value = "total", alternate = "size") @Nullable BigDecimal total,
        @Nullable BigDecimal available,
        @SerializedName(value = "avgOpenPrice", alternate = {"openPriceAvg", "avgPrice"}) @Nullable BigDecimal avgOpenPrice,
        @SerializedName(value = "unrealizedPnl", alternate = {"unrealizedPL", "unrealisedPnl"}) @Nullable BigDecimal unrealizedPnl,
        @Nullable BigDecimal leverage,
        @SerializedName(value = "uTime", alternate = "updatedTime") @Nullable Long uTime) {
}
