package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A futures plan order: a trigger order that opens or closes when a price is reached, or a take-profit /
 * stop-loss on a position. The testkit accepts, lists, modifies and cancels them; it does not fire them.
 * Immutable: a change stores a new copy.
 *
 * @param size         null for a whole-position TP/SL
 * @param executePrice the order price once triggered; null for a market order
 * @param holdSide     the position a TP/SL protects, or the position a trigger order opens or closes
 * @param effect       what the order does when it fires (a TP/SL closes its position)
 * @param buy          the book side of the order it fires
 */
record PlanOrder(String orderId, String clientOid, String symbol, String marginCoin, Kind kind, @Nullable BigDecimal size,
                 @Nullable BigDecimal executePrice, BigDecimal triggerPrice, TriggerPrice triggerBy,
                 @Nullable BigDecimal callbackRatio, HoldSide holdSide, PositionEffect effect, boolean buy,
                 @Nullable MarginMode marginMode, PositionMode posMode, boolean reduceOnly,
                 @Nullable Attached takeProfit, @Nullable Attached stopLoss, Status status, long createdTime,
                 long updatedTime) {

    enum Kind {
        TRIGGER, TRAILING, TAKE_PROFIT, STOP_LOSS, TRAILING_STOP, POSITION_TAKE_PROFIT, POSITION_STOP_LOSS;

        boolean tpsl() {
            return this != TRIGGER && this != TRAILING;
        }
    }

    enum Status { LIVE, EXECUTED, FAILED, CANCELLED }

    enum TriggerPrice { FILL, MARK, INDEX }

    /** A take-profit or stop-loss attached to a trigger order. {@code executePrice} null means market. */
    record Attached(BigDecimal triggerPrice, @Nullable BigDecimal executePrice, @Nullable TriggerPrice triggerBy) {
    }

    PlanOrder withStatus(Status newStatus, long now) {
        return new PlanOrder(orderId, clientOid, symbol, marginCoin, kind, size, executePrice, triggerPrice, triggerBy,
                callbackRatio, holdSide, effect, buy, marginMode, posMode, reduceOnly, takeProfit, stopLoss, newStatus,
                createdTime, now);
    }

    /** A copy with new trigger terms; a null argument keeps the current value. */
    PlanOrder modified(@Nullable BigDecimal newSize, @Nullable BigDecimal newExecutePrice, @Nullable BigDecimal newTrigger,
                       @Nullable TriggerPrice newTriggerBy, @Nullable BigDecimal newCallbackRatio, long now) {
        return new PlanOrder(orderId, clientOid, symbol, marginCoin, kind, newSize != null ? newSize : size,
                newExecutePrice != null ? newExecutePrice : executePrice, newTrigger != null ? newTrigger : triggerPrice,
                newTriggerBy != null ? newTriggerBy : triggerBy, newCallbackRatio != null ? newCallbackRatio : callbackRatio,
                holdSide, effect, buy, marginMode, posMode, reduceOnly, takeProfit, stopLoss, status, createdTime, now);
    }
}
