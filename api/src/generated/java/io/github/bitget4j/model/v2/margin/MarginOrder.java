// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A margin order, open or finished.
 *
 * @param orderId order id ({@code orderId})
 * @param symbol symbol ({@code symbol})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param enterPointSource where it was placed: WEB, API, SYS (liquidation), ANDROID, IOS.
 * @param clientOid client oid ({@code clientOid})
 * @param loanTypeRaw the text Bitget sent for loanType; read it as an enum with {@link #loanType()}.
 * @param price limit price; empty for market orders.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param status e.g. live, partially_filled, filled, cancelled.
 * @param baseSize ordered quantity, base coin.
 * @param quoteSize ordered amount, quote coin (market buy).
 * @param priceAvg average fill price.
 * @param size filled quantity, base coin.
 * @param amount filled amount, quote coin.
 * @param forceRaw the text Bitget sent for force; read it as an enum with {@link #force()}.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginOrder(
        String orderId,
        String symbol,
        @SerializedName("orderType") String orderTypeRaw,
        @Nullable String enterPointSource,
        @Nullable String clientOid,
        @SerializedName("loanType") @Nullable String loanTypeRaw,
        @Nullable BigDecimal price,
        @SerializedName("side") String sideRaw,
        String status,
        @Nullable BigDecimal baseSize,
        @Nullable BigDecimal quoteSize,
        @Nullable BigDecimal priceAvg,
        @Nullable BigDecimal size,
        @Nullable BigDecimal amount,
        @SerializedName("force") @Nullable String forceRaw,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * The orderType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The loanType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #loanTypeRaw()} has the text as sent)
     */
    public @Nullable MarginLoanType loanType() {
        return loanTypeRaw == null ? null : MarginLoanType.fromWire(loanTypeRaw);
    }

    /**
     * The side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The force.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #forceRaw()} has the text as sent)
     */
    public @Nullable TimeInForce force() {
        return forceRaw == null ? null : TimeInForce.fromWire(forceRaw);
    }
}
