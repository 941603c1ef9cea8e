package io.github.bitget4j.ws;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A fill of one of your orders: V2 {@code fill} and V3 {@code fill}.
 *
 * @param symbol    the symbol
 * @param orderId   Bitget's order id
 * @param clientOid your order id, when sent
 * @param tradeId   the trade's id (V3 {@code execId})
 * @param side      {@code buy} or {@code sell}
 * @param price     V2 {@code priceAvg}, V3 {@code execPrice}
 * @param size      V2 {@code size}, V3 {@code execQty}
 * @param ts        time of the fill (ms)
 */
public record WsFill(
        @SerializedName(value = "symbol", alternate = "instId") @Nullable String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        @SerializedName(value = "tradeId", alternate = "execId") @Nullable String tradeId,
        @Nullable String side,
        @SerializedName(value = "price", alternate = {"priceAvg", "execPrice"}) @Nullable BigDecimal price,
        @SerializedName(value = "size", alternate = "execQty") @Nullable BigDecimal size,
        @SerializedName(value = "ts", alternate = {"cTime", "createdTime"}) @Nullable Long ts) {
}
