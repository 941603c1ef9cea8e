package io.github.bitget4j.ws;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A public trade: V2 {@code trade} ({@code price}, {@code size}, ...) and V3 {@code publicTrade}
 * ({@code p}, {@code v}, {@code S}, {@code T}, {@code i}).
 *
 * @param tradeId the trade's id
 * @param price   price
 * @param size    quantity in the base coin
 * @param side    taker side, {@code buy} or {@code sell}
 * @param ts      time of the trade (ms)
 */
public record WsTrade(
        @SerializedName(value = "tradeId", alternate = "i") @Nullable String tradeId,
        @SerializedName(value = "price", alternate = "p") @Nullable BigDecimal price,
        @SerializedName(value = "size", alternate = "v") @Nullable BigDecimal size,
        @SerializedName(value = "side", alternate = "S") @Nullable String side,
        @SerializedName(value = "ts", alternate = "T") @Nullable Long ts) {
}
