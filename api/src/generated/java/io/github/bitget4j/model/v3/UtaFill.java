// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fill (execution) of a V3 order.
 *
 * @param execId Bitget's fill id.
 * @param orderId the order that filled.
 * @param category e.g. SPOT, USDT-FUTURES (Bitget may send it in lower case)
 * @param symbol e.g. BTCUSDT.
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param execPrice fill price.
 * @param execQty filled quantity in the base coin.
 * @param execValue filled value in the quote coin.
 * @param tradeScope taker or maker.
 * @param feeDetail the fees charged, one element per coin.
 * @param execPnl realised profit and loss of a closing futures fill.
 * @param tradeSide futures: the position leg, e.g. open or close.
 * @param createdTime fill time.
 * @param updatedTime last update.
 */
public record UtaFill(
        String execId,
        String orderId,
        String category,
        String symbol,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("side") String sideRaw,
        BigDecimal execPrice,
        BigDecimal execQty,
        @Nullable BigDecimal execValue,
        @Nullable String tradeScope,
        @Nullable List<FeeDetail> feeDetail,
        @Nullable BigDecimal execPnl,
        @Nullable String tradeSide,
        Instant createdTime,
        @Nullable Instant updatedTime) {

    /**
     * limit or market.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * buy or sell.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }
}
