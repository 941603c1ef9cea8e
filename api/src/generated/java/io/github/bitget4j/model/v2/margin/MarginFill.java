// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One fill of a margin order.
 *
 * @param orderId order id ({@code orderId})
 * @param tradeId trade id ({@code tradeId})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param priceAvg fill price.
 * @param size filled quantity, base coin.
 * @param amount filled amount, quote coin.
 * @param tradeScope taker or maker.
 * @param feeDetail fee detail ({@code feeDetail})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginFill(
        String orderId,
        String tradeId,
        @SerializedName("orderType") @Nullable String orderTypeRaw,
        @SerializedName("side") String sideRaw,
        BigDecimal priceAvg,
        BigDecimal size,
        BigDecimal amount,
        @Nullable String tradeScope,
        @Nullable MarginFeeDetail feeDetail,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * The orderType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public @Nullable OrderType orderType() {
        return orderTypeRaw == null ? null : OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
