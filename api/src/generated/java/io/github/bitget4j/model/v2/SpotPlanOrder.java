// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One V2 spot plan order.
 *
 * @param orderId order id ({@code orderId})
 * @param clientOid client oid ({@code clientOid})
 * @param symbol e.g. BTCUSDT.
 * @param size base coin quantity, or quote value when planType is total.
 * @param executePrice limit price of the order sent; empty for market.
 * @param triggerPrice trigger price ({@code triggerPrice})
 * @param status not_trigger (waiting), triggered, fail_trigger or cancel.
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param planTypeRaw the text Bitget sent for planType; read it as an enum with {@link #planType()}.
 * @param triggerTypeRaw the text Bitget sent for triggerType; read it as an enum with {@link #triggerType()}.
 * @param enterPointSource WEB, IOS, ANDROID, API or SYS.
 * @param uTime u time ({@code uTime})
 * @param cTime c time ({@code cTime})
 */
public record SpotPlanOrder(
        String orderId,
        @Nullable String clientOid,
        String symbol,
        BigDecimal size,
        @Nullable BigDecimal executePrice,
        BigDecimal triggerPrice,
        String status,
        @SerializedName("orderType") String orderTypeRaw,
        @SerializedName("side") String sideRaw,
        @SerializedName("planType") @Nullable String planTypeRaw,
        @SerializedName("triggerType") @Nullable String triggerTypeRaw,
        @Nullable String enterPointSource,
        @Nullable Instant uTime,
        Instant cTime) {

    /**
     * limit or market.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public OrderType orderType() {
        return OrderType.fromWire(orderTypeRaw);
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
     * The planType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #planTypeRaw()} has the text as sent)
     */
    public @Nullable SpotPlanType planType() {
        return planTypeRaw == null ? null : SpotPlanType.fromWire(planTypeRaw);
    }

    /**
     * The triggerType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #triggerTypeRaw()} has the text as sent)
     */
    public @Nullable SpotTriggerType triggerType() {
        return triggerTypeRaw == null ? null : SpotTriggerType.fromWire(triggerTypeRaw);
    }
}
