package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Plan (trigger) and TP/SL orders of futures accounts, under the {@link FuturesEngine}'s lock. They are
 * kept, listed, modified and cancelled; the testkit does not fire them, so none ever reaches
 * {@link PlanOrder.Status#EXECUTED}.
 */
final class FuturesPlans {

    private final FuturesEngine engine;

    FuturesPlans(FuturesEngine engine) {
        this.engine = engine;
    }

    /**
     * Stores a new plan order; {@code draft}'s id is replaced by a fresh one and a null client id by a random one.
     *
     * @throws FuturesException UNKNOWN_SYMBOL, DUPLICATE_CLIENT_OID, or NO_POSITION_FOR_TPSL for a TP/SL without
     *                          the position it protects
     */
    PlanOrder place(FuturesAccount account, PlanOrder draft, @Nullable String clientOid) {
        FuturesContract c = engine.contract(draft.symbol());
        String oid = clientOid != null ? clientOid : UUID.randomUUID().toString().replace("-", "");
        return engine.locked(() -> {
            if (account.findPlan(null, oid) != null) {
                throw new FuturesException(FuturesException.Reason.DUPLICATE_CLIENT_OID, oid);
            }
            if (draft.kind().tpsl() && account.position(c.symbol(), draft.holdSide()) == null) {
                throw new FuturesException(FuturesException.Reason.NO_POSITION_FOR_TPSL, c.symbol());
            }
            PlanOrder plan = new PlanOrder(engine.newOrderId(), oid, c.symbol(), c.marginCoin(), draft.kind(), draft.size(),
                    draft.executePrice(), draft.triggerPrice(), draft.triggerBy(), draft.callbackRatio(), draft.holdSide(),
                    draft.effect(), draft.buy(), draft.marginMode(), account.posMode, draft.reduceOnly(), draft.takeProfit(),
                    draft.stopLoss(), PlanOrder.Status.LIVE, draft.createdTime(), draft.updatedTime());
            changed(account, plan);
            return plan;
        });
    }

    /** @throws FuturesException PLAN_NOT_FOUND when there is no such live plan order (of the symbol, when given) */
    PlanOrder cancel(FuturesAccount account, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid,
                     long now) {
        return engine.locked(() -> {
            PlanOrder plan = live(account, symbol, orderId, clientOid);
            PlanOrder cancelled = plan.withStatus(PlanOrder.Status.CANCELLED, now);
            changed(account, cancelled);
            return cancelled;
        });
    }

    /** Cancels every live plan order the filter accepts. */
    List<PlanOrder> cancelAll(FuturesAccount account, Predicate<PlanOrder> filter, long now) {
        return engine.locked(() -> {
            List<PlanOrder> cancelled = new ArrayList<>();
            for (PlanOrder plan : List.copyOf(account.plans())) {
                if (plan.status() == PlanOrder.Status.LIVE && filter.test(plan)) {
                    PlanOrder c = plan.withStatus(PlanOrder.Status.CANCELLED, now);
                    changed(account, c);
                    cancelled.add(c);
                }
            }
            return cancelled;
        });
    }

    /** Changes a live plan order's terms; a null argument keeps the current value. */
    PlanOrder modify(FuturesAccount account, String symbol, @Nullable String orderId, @Nullable String clientOid,
                     @Nullable BigDecimal newSize, @Nullable BigDecimal newExecutePrice, @Nullable BigDecimal newTrigger,
                     PlanOrder.@Nullable TriggerPrice newTriggerBy, @Nullable BigDecimal newCallbackRatio, long now) {
        return engine.locked(() -> {
            PlanOrder modified = live(account, symbol, orderId, clientOid)
                    .modified(newSize, newExecutePrice, newTrigger, newTriggerBy, newCallbackRatio, now);
            changed(account, modified);
            return modified;
        });
    }

    /** Stores the plan's new state and tells the WebSocket side; under the engine's lock. */
    private void changed(FuturesAccount account, PlanOrder plan) {
        account.putPlan(plan);
        engine.events().add(new FuturesEvents.PlansChanged(account.apiKey));
    }

    /** Plan orders the filter accepts, newest first. */
    List<PlanOrder> plans(FuturesAccount account, Predicate<PlanOrder> filter) {
        List<PlanOrder> list = engine.locked(() -> new ArrayList<>(account.plans().stream().filter(filter).toList()));
        list.sort(Comparator.comparing((PlanOrder p) -> Long.parseLong(p.orderId())).reversed());
        return list;
    }

    private static PlanOrder live(FuturesAccount account, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
        PlanOrder plan = account.findPlan(orderId, clientOid);
        if (plan == null || plan.status() != PlanOrder.Status.LIVE || symbol != null && !symbol.equals(plan.symbol())) {
            throw new FuturesException(FuturesException.Reason.PLAN_NOT_FOUND, orderId != null ? orderId : String.valueOf(clientOid));
        }
        return plan;
    }
}
