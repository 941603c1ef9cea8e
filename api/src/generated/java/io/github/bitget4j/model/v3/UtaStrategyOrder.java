// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One V3 strategy (take-profit/stop-loss or trigger) order.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id.
 * @param category e.g. USDT-FUTURES (Bitget may send it in lower case)
 * @param symbol e.g. BTCUSDT.
 * @param qty quantity; empty for a whole-position take-profit/stop-loss.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param reduceOnlyRaw the text Bitget sent for reduceOnly; read it as an enum with {@link #reduceOnly()}.
 * @param typeRaw the text Bitget sent for type; read it as an enum with {@link #type()}.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param triggerTypeRaw the text Bitget sent for triggerType; read it as an enum with {@link #triggerType()}.
 * @param tpTriggerByRaw the text Bitget sent for tpTriggerBy; read it as an enum with {@link #tpTriggerBy()}.
 * @param slTriggerByRaw the text Bitget sent for slTriggerBy; read it as an enum with {@link #slTriggerBy()}.
 * @param takeProfit take-profit trigger price.
 * @param stopLoss stop-loss trigger price.
 * @param tpOrderTypeRaw the text Bitget sent for tpOrderType; read it as an enum with {@link #tpOrderType()}.
 * @param slOrderTypeRaw the text Bitget sent for slOrderType; read it as an enum with {@link #slOrderType()}.
 * @param tpLimitPrice limit price of the take-profit order.
 * @param slLimitPrice limit price of the stop-loss order.
 * @param triggerByRaw the text Bitget sent for triggerBy; read it as an enum with {@link #triggerBy()}.
 * @param triggerPrice trigger orders: the trigger price.
 * @param triggerOrderTypeRaw the text Bitget sent for triggerOrderType; read it as an enum with {@link #triggerOrderType()}.
 * @param triggerOrderPrice trigger orders: limit price of that order.
 * @param createdTime creation time.
 * @param updatedTime last update.
 */
public record UtaStrategyOrder(
        String orderId,
        @Nullable String clientOid,
        String category,
        String symbol,
        @Nullable BigDecimal qty,
        @SerializedName("side") @Nullable String sideRaw,
        @SerializedName("posSide") @Nullable String posSideRaw,
        @SerializedName("reduceOnly") @Nullable String reduceOnlyRaw,
        @SerializedName("type") @Nullable String typeRaw,
        @SerializedName("status") String statusRaw,
        @SerializedName("triggerType") @Nullable String triggerTypeRaw,
        @SerializedName("tpTriggerBy") @Nullable String tpTriggerByRaw,
        @SerializedName("slTriggerBy") @Nullable String slTriggerByRaw,
        @Nullable BigDecimal takeProfit,
        @Nullable BigDecimal stopLoss,
        @SerializedName("tpOrderType") @Nullable String tpOrderTypeRaw,
        @SerializedName("slOrderType") @Nullable String slOrderTypeRaw,
        @Nullable BigDecimal tpLimitPrice,
        @Nullable BigDecimal slLimitPrice,
        @SerializedName("triggerBy") @Nullable String triggerByRaw,
        @Nullable BigDecimal triggerPrice,
        @SerializedName("triggerOrderType") @Nullable String triggerOrderTypeRaw,
        @Nullable BigDecimal triggerOrderPrice,
        Instant createdTime,
        @Nullable Instant updatedTime) {

    /**
     * buy or sell.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public @Nullable Side side() {
        return sideRaw == null ? null : Side.fromWire(sideRaw);
    }

    /**
     * the position it applies to.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public @Nullable PositionSide posSide() {
        return posSideRaw == null ? null : PositionSide.fromWire(posSideRaw);
    }

    /**
     * yes or no.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #reduceOnlyRaw()} has the text as sent)
     */
    public @Nullable ReduceOnly reduceOnly() {
        return reduceOnlyRaw == null ? null : ReduceOnly.fromWire(reduceOnlyRaw);
    }

    /**
     * tpsl or trigger.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #typeRaw()} has the text as sent)
     */
    public @Nullable UtaStrategyType type() {
        return typeRaw == null ? null : UtaStrategyType.fromWire(typeRaw);
    }

    /**
     * e.g. pending, success, cancelled.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public UtaStrategyStatus status() {
        return UtaStrategyStatus.fromWire(statusRaw);
    }

    /**
     * takeProfit or stopLoss.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #triggerTypeRaw()} has the text as sent)
     */
    public @Nullable UtaStrategyTriggerType triggerType() {
        return triggerTypeRaw == null ? null : UtaStrategyTriggerType.fromWire(triggerTypeRaw);
    }

    /**
     * price that triggers the take-profit.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tpTriggerByRaw()} has the text as sent)
     */
    public @Nullable TriggerBy tpTriggerBy() {
        return tpTriggerByRaw == null ? null : TriggerBy.fromWire(tpTriggerByRaw);
    }

    /**
     * price that triggers the stop-loss.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #slTriggerByRaw()} has the text as sent)
     */
    public @Nullable TriggerBy slTriggerBy() {
        return slTriggerByRaw == null ? null : TriggerBy.fromWire(slTriggerByRaw);
    }

    /**
     * order type placed when the take-profit triggers.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tpOrderTypeRaw()} has the text as sent)
     */
    public @Nullable OrderType tpOrderType() {
        return tpOrderTypeRaw == null ? null : OrderType.fromWire(tpOrderTypeRaw);
    }

    /**
     * order type placed when the stop-loss triggers.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #slOrderTypeRaw()} has the text as sent)
     */
    public @Nullable OrderType slOrderType() {
        return slOrderTypeRaw == null ? null : OrderType.fromWire(slOrderTypeRaw);
    }

    /**
     * trigger orders: the price watched.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #triggerByRaw()} has the text as sent)
     */
    public @Nullable TriggerBy triggerBy() {
        return triggerByRaw == null ? null : TriggerBy.fromWire(triggerByRaw);
    }

    /**
     * trigger orders: order type placed when triggered.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #triggerOrderTypeRaw()} has the text as sent)
     */
    public @Nullable OrderType triggerOrderType() {
        return triggerOrderTypeRaw == null ? null : OrderType.fromWire(triggerOrderTypeRaw);
    }
}
