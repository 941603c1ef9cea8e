package io.github.bitget4j.ws;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An order update: V2 {@code orders} and V3 {@code order}.
 *
 * @param symbol    V2 {@code instId}, V3 {@code symbol}
 * @param orderId   Bitget's id
 * @param clientOid your id
 * @param side      {@code buy} or {@code sell}
 * @param orderType {@code limit} or {@code market}
 * @param price     limit price
 * @param size      V2 {@code size}, V3 {@code qty}
 * @param status    V2 {@code status}, V3 {@code orderStatus}: {@code live}, {@code partially_filled},
 *                  {@code filled}, {@code cancelled}
 * @param filledQty V2 {@code accBaseVolume}, V3 {@code cumExecQty}
 * @param avgPrice  V2 {@code priceAvg}, V3 {@code avgPrice}
 * @param cTime     creation time (ms)
 * @param uTime     last update (ms)
 */
public record WsOrder(
        @SerializedName(value = "symbol", alternate = "instId") @Nullable String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable String side,
        @Nullable String orderType,
        @Nullable BigDecimal price,
        @SerializedName(value = "size", alternate = "qty") @Nullable BigDecimal size,
        @SerializedName(value = "status", alternate = "orderStatus") @Nullable String status,
        @SerializedName(value = "filledQty", alternate = {"accBaseVolume", "cumExecQty"}) @Nullable BigDecimal filledQty,
        @SerializedName(value = "avgPrice", alternate = "priceAvg") @Nullable BigDecimal avgPrice,
        @SerializedName(value = "cTime", alternate = "createdTime") @Nullable Long cTime,
        @SerializedName(value = "uTime", alternate = "updatedTime") @Nullable Long uTime) {
}
