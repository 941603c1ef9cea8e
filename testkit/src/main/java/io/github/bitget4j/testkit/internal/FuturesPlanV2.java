package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV2.guarded;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.putDecimal;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.time;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** V2 futures plan (trigger) and TP/SL orders ({@code /api/v2/mix/order/...plan...}), all private. */
final class FuturesPlanV2 {

    private final FuturesEngine engine;
    private final FuturesPlans plans;

    FuturesPlanV2(FuturesEngine engine, FuturesPlans plans) {
        this.engine = engine;
        this.plans = plans;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.post("/api/v2/mix/order/place-plan-order", Auth.PRIVATE, v2, guarded(this::placePlanOrder));
        routes.post("/api/v2/mix/order/place-tpsl-order", Auth.PRIVATE, v2, guarded(this::placeTpslOrder));
        routes.post("/api/v2/mix/order/place-pos-tpsl", Auth.PRIVATE, v2, guarded(this::placePositionTpsl));
        routes.post("/api/v2/mix/order/modify-plan-order", Auth.PRIVATE, v2, guarded(this::modifyPlanOrder));
        routes.post("/api/v2/mix/order/modify-tpsl-order", Auth.PRIVATE, v2, guarded(this::modifyTpslOrder));
        routes.post("/api/v2/mix/order/cancel-plan-order", Auth.PRIVATE, v2, guarded(this::cancelPlanOrder));
        routes.get("/api/v2/mix/order/orders-plan-pending", Auth.PRIVATE, v2, guarded(call -> listPlans(call, true)));
        routes.get("/api/v2/mix/order/orders-plan-history", Auth.PRIVATE, v2, guarded(call -> listPlans(call, false)));
        routes.get("/api/v2/mix/order/plan-sub-order", Auth.PRIVATE, v2, guarded(this::subOrders));
    }

    private FuturesAccount account(ApiCall call) {
        return engine.account(call.account().apiKey);
    }

    private static String usdtSymbol(Params p) {
        String symbol = FuturesWireV2.symbol(p);
        if (!FuturesWireV2.usdtProduct(p)) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        FuturesWireV2.requireUsdt(p.optional("marginCoin"), "marginCoin");
        return symbol;
    }

    // ---- placing

    private JsonObject placePlanOrder(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        p.required("marginCoin");
        boolean trailing = p.requiredChoice("planType", "normal_plan", "track_plan").equals("track_plan");
        MarginMode mode = FuturesWireV2.marginMode(p.required("marginMode"));
        boolean buy = p.requiredChoice("side", "buy", "sell").equals("buy");
        boolean market = p.requiredChoice("orderType", "limit", "market").equals("market");
        BigDecimal price = market ? null : p.requiredPositive("price");
        BigDecimal callbackRatio = trailing ? p.requiredPositive("callbackRatio") : null;
        FuturesAccount account = account(call);
        PositionEffect effect = PositionEffect.NET;
        boolean reduceOnly = false;
        if (engine.posMode(account) == PositionMode.HEDGE) {
            boolean open = p.requiredChoice("tradeSide", "open", "close").equals("open");
            effect = open ? PositionEffect.open(HoldSide.openedBy(buy)) : PositionEffect.close(HoldSide.openedBy(buy));
        } else if (p.optional("reduceOnly") != null) {
            reduceOnly = p.requiredChoice("reduceOnly", "YES", "NO").equals("YES");
        }
        HoldSide holdSide = effect.holdSide() != null ? effect.holdSide() : HoldSide.openedBy(buy);
        PlanOrder.Attached takeProfit = attached(p, "stopSurplus");
        PlanOrder.Attached stopLoss = attached(p, "stopLoss");
        PlanOrder draft = new PlanOrder("", "", symbol, "USDT", trailing ? PlanOrder.Kind.TRAILING : PlanOrder.Kind.TRIGGER,
                p.requiredPositive("size"), price, p.requiredPositive("triggerPrice"), triggerBy(p.required("triggerType"), "triggerType"),
                callbackRatio, holdSide, effect, effect.bookBuy(buy), mode, PositionMode.ONE_WAY, reduceOnly, takeProfit,
                stopLoss, PlanOrder.Status.LIVE, call.now(), call.now());
        return ids(plans.place(account, draft, p.optional("clientOid")));
    }

    private static PlanOrder.@Nullable Attached attached(Params p, String prefix) {
        BigDecimal trigger = p.optionalPositive(prefix + "TriggerPrice");
        if (trigger == null) {
            return null;
        }
        String type = p.optional(prefix + "TriggerType");
        return new PlanOrder.Attached(trigger, nonZero(p, prefix + "ExecutePrice"),
                type == null ? null : triggerBy(type, prefix + "TriggerType"));
    }

    private JsonObject placeTpslOrder(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        p.required("marginCoin");
        PlanOrder.Kind kind = switch (p.requiredChoice("planType", "profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss")) {
            case "profit_plan" -> PlanOrder.Kind.TAKE_PROFIT;
            case "loss_plan" -> PlanOrder.Kind.STOP_LOSS;
            case "moving_plan" -> PlanOrder.Kind.TRAILING_STOP;
            case "pos_profit" -> PlanOrder.Kind.POSITION_TAKE_PROFIT;
            default -> PlanOrder.Kind.POSITION_STOP_LOSS;
        };
        boolean partial = kind == PlanOrder.Kind.TAKE_PROFIT || kind == PlanOrder.Kind.STOP_LOSS || kind == PlanOrder.Kind.TRAILING_STOP;
        BigDecimal size = partial ? p.requiredPositive("size") : null;
        BigDecimal rangeRate = kind == PlanOrder.Kind.TRAILING_STOP ? p.requiredPositive("rangeRate") : null;
        String type = p.optional("triggerType");
        PlanOrder draft = tpsl(account(call), symbol, kind, size, p.requiredPositive("triggerPrice"),
                type == null ? PlanOrder.TriggerPrice.FILL : triggerBy(type, "triggerType"), nonZero(p, "executePrice"),
                rangeRate, tpslHoldSide(p.required("holdSide")), call.now());
        return ids(plans.place(account(call), draft, p.optional("clientOid")));
    }

    /** Places the position take-profit and/or stop-loss; one entry per order created. */
    private JsonArray placePositionTpsl(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        p.required("marginCoin");
        HoldSide side = tpslHoldSide(p.required("holdSide"));
        FuturesAccount account = account(call);
        JsonArray list = new JsonArray();
        for (String prefix : List.of("stopSurplus", "stopLoss")) {
            BigDecimal trigger = p.optionalPositive(prefix + "TriggerPrice");
            if (trigger == null) {
                continue;
            }
            BigDecimal size = p.optionalPositive(prefix + "Size");
            boolean profit = prefix.equals("stopSurplus");
            PlanOrder.Kind kind = profit ? (size == null ? PlanOrder.Kind.POSITION_TAKE_PROFIT : PlanOrder.Kind.TAKE_PROFIT)
                    : (size == null ? PlanOrder.Kind.POSITION_STOP_LOSS : PlanOrder.Kind.STOP_LOSS);
            String type = p.optional(prefix + "TriggerType");
            PlanOrder draft = tpsl(account, symbol, kind, size, trigger,
                    type == null ? PlanOrder.TriggerPrice.FILL : triggerBy(type, prefix + "TriggerType"),
                    nonZero(p, prefix + "ExecutePrice"), null, side, call.now());
            PlanOrder placed = plans.place(account, draft, p.optional(prefix + "ClientOid"));
            JsonObject o = new JsonObject();
            o.addProperty("orderId", placed.orderId());
            o.addProperty(profit ? "stopSurplusClientOid" : "stopLossClientOid", placed.clientOid());
            list.add(o);
        }
        if (list.isEmpty()) {
            throw ApiError.missingParameter("stopSurplusTriggerPrice");
        }
        return list;
    }

    /** A TP/SL closes its position: in hedge mode by name, in one-way mode by a reduce-only order of the other side. */
    private PlanOrder tpsl(FuturesAccount account, String symbol, PlanOrder.Kind kind, @Nullable BigDecimal size,
                           BigDecimal trigger, PlanOrder.TriggerPrice triggerBy, @Nullable BigDecimal executePrice,
                           @Nullable BigDecimal rangeRate, HoldSide side, long now) {
        boolean hedge = engine.posMode(account) == PositionMode.HEDGE;
        PositionEffect effect = hedge ? PositionEffect.close(side) : PositionEffect.NET;
        return new PlanOrder("", "", symbol, "USDT", kind, size, executePrice, trigger, triggerBy, rangeRate, side, effect,
                side == HoldSide.SHORT, null, PositionMode.ONE_WAY, !hedge, null, null, PlanOrder.Status.LIVE, now, now);
    }

    /** Hedge mode names the position long/short; one-way mode buy (the long) or sell (the short). */
    private static HoldSide tpslHoldSide(String wire) {
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "long", "buy" -> HoldSide.LONG;
            case "short", "sell" -> HoldSide.SHORT;
            default -> throw ApiError.invalidParameter("holdSide");
        };
    }

    private static PlanOrder.TriggerPrice triggerBy(String wire, String name) {
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "fill_price" -> PlanOrder.TriggerPrice.FILL;
            case "mark_price" -> PlanOrder.TriggerPrice.MARK;
            case "index_price" -> PlanOrder.TriggerPrice.INDEX;
            default -> throw ApiError.invalidParameter(name);
        };
    }

    /** An execute price; 0 means market, as absent. */
    private static @Nullable BigDecimal nonZero(Params p, String name) {
        String v = p.optional(name);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.trim());
            if (d.signum() < 0) {
                throw ApiError.invalidParameter(name);
            }
            return d.signum() == 0 ? null : d;
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter(name);
        }
    }

    // ---- changing and cancelling

    private JsonObject modifyPlanOrder(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        p.requiredChoice("planType", "normal_plan", "track_plan");
        String type = p.optional("newTriggerType");
        PlanOrder modified = plans.modify(account(call), symbol, orderId(p), p.optional("clientOid"), p.optionalPositive("newSize"),
                p.optionalPositive("newPrice"), p.optionalPositive("newTriggerPrice"),
                type == null ? null : triggerBy(type, "newTriggerType"), p.optionalPositive("newCallbackRatio"), call.now());
        return ids(modified);
    }

    private JsonObject modifyTpslOrder(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        p.required("marginCoin");
        String type = p.optional("triggerType");
        PlanOrder modified = plans.modify(account(call), symbol, orderId(p), p.optional("clientOid"), p.optionalPositive("size"),
                nonZero(p, "executePrice"), p.requiredPositive("triggerPrice"), type == null ? null : triggerBy(type, "triggerType"),
                p.optionalPositive("rangeRate"), call.now());
        return ids(modified);
    }

    private static @Nullable String orderId(Params p) {
        String orderId = p.optional("orderId");
        if (orderId == null && p.optional("clientOid") == null) {
            throw ApiError.missingParameter("orderId");
        }
        return orderId;
    }

    /** Cancels the listed plan orders, or every live one of the symbol / plan type when there is no list. */
    private JsonObject cancelPlanOrder(ApiCall call) {
        JsonElement body = call.bodyJson();
        JsonObject request = body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
        Params p = Params.ofJson(request);
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.optionalSymbol(p);
        FuturesWireV2.requireUsdt(p.optional("marginCoin"), "marginCoin");
        String planType = p.optional("planType") == null ? null : p.requiredChoice("planType",
                "normal_plan", "track_plan", "profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss");
        FuturesAccount account = account(call);
        JsonArray successList = new JsonArray();
        JsonArray failureList = new JsonArray();
        JsonElement refs = request.get("orderIdList");
        if (refs == null || !refs.isJsonArray()) {
            if (usdt) {
                plans.cancelAll(account, plan -> (symbol == null || symbol.equals(plan.symbol()))
                        && (planType == null || planType.equals(planType(plan.kind()))), call.now())
                        .forEach(plan -> successList.add(ids(plan)));
            }
            return FuturesTradeV2.batchResult(successList, failureList);
        }
        for (JsonElement ref : refs.getAsJsonArray()) {
            Params r = ref.isJsonObject() ? Params.ofJson(ref.getAsJsonObject()) : Params.ofQuery("");
            String orderId = r.optional("orderId");
            String clientOid = r.optional("clientOid");
            try {
                if (orderId == null && clientOid == null) {
                    throw ApiError.missingParameter("orderId");
                }
                successList.add(ids(plans.cancel(account, symbol, orderId, clientOid, call.now())));
            } catch (ApiError | FuturesException e) {
                failureList.add(FuturesTradeV2.failure(orderId, clientOid, e));
            }
        }
        return FuturesTradeV2.batchResult(successList, failureList);
    }

    // ---- reading

    /** Live plan orders (pending) or finished ones (history) of the requested family. */
    private JsonObject listPlans(ApiCall call, boolean pending) {
        Params p = call.params();
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String family = p.requiredChoice("planType", "normal_plan", "track_plan", "profit_loss");
        String status = pending || p.optional("planStatus") == null ? null
                : p.requiredChoice("planStatus", "executed", "fail_trigger", "cancelled");
        String symbol = FuturesWireV2.optionalSymbol(p);
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        Predicate<PlanOrder> accepted = plan -> (plan.status() == PlanOrder.Status.LIVE) == pending
                && (status == null || status.equals(planStatus(plan.status())))
                && family.equals(family(plan.kind())) && (symbol == null || symbol.equals(plan.symbol()))
                && (orderId == null || orderId.equals(plan.orderId())) && (clientOid == null || clientOid.equals(plan.clientOid()));
        List<PlanOrder> found = usdt ? plans.plans(account(call), accepted) : List.of();
        FuturesWireV2.Page<PlanOrder> page = FuturesWireV2.page(found, p, PlanOrder::orderId, PlanOrder::createdTime, 100);
        JsonArray list = new JsonArray();
        page.items().forEach(plan -> list.add(plan(plan, pending)));
        JsonObject o = new JsonObject();
        o.add("entrustedList", FuturesWireV2.listOrNull(list));
        o.add("endId", page.endIdJson());
        return o;
    }

    /** Plan orders never fire in the testkit, so none has produced an order. */
    private JsonArray subOrders(ApiCall call) {
        Params p = call.params();
        FuturesWireV2.usdtProduct(p);
        p.requiredChoice("planType", "normal_plan", "track_plan");
        String planOrderId = p.required("planOrderId");
        if (plans.plans(account(call), plan -> plan.orderId().equals(planOrderId)).isEmpty()) {
            throw new FuturesException(FuturesException.Reason.PLAN_NOT_FOUND, planOrderId);
        }
        return new JsonArray();
    }

    // ---- JSON

    /** A plan order as the live ({@code FuturesPlanOrder}) or finished ({@code FuturesHistoricPlanOrder}) record. */
    private static JsonObject plan(PlanOrder plan, boolean live) {
        JsonObject o = new JsonObject();
        o.addProperty("planType", planType(plan.kind()));
        o.addProperty("symbol", plan.symbol());
        putDecimal(o, "size", plan.size());
        o.addProperty("orderId", plan.orderId());
        o.addProperty("clientOid", plan.clientOid());
        putDecimal(o, "price", plan.executePrice());
        putDecimal(o, "executePrice", plan.executePrice());
        putDecimal(o, "callbackRatio", plan.callbackRatio());
        putDecimal(o, "triggerPrice", plan.triggerPrice());
        o.addProperty("triggerType", plan.triggerBy() == PlanOrder.TriggerPrice.MARK ? "mark_price" : "fill_price");
        o.addProperty("planStatus", planStatus(plan.status()));
        o.addProperty("side", FuturesWireV2.side(plan.effect(), plan.buy()));
        o.addProperty("posSide", FuturesWireV2.posSide(plan.effect()));
        o.addProperty("marginCoin", plan.marginCoin());
        if (plan.marginMode() != null) {
            o.addProperty("marginMode", FuturesWireV2.marginMode(plan.marginMode()));
        }
        o.addProperty("enterPointSource", "API");
        o.addProperty("tradeSide", FuturesWireV2.tradeSide(plan.effect(), plan.buy(), plan.reduceOnly()));
        o.addProperty("posMode", FuturesWireV2.posMode(plan.posMode()));
        o.addProperty("orderType", plan.executePrice() == null ? "market" : "limit");
        if (live) {
            o.addProperty("orderSource", "normal");
        }
        o.addProperty("cTime", time(plan.createdTime()));
        o.addProperty("uTime", time(plan.updatedTime()));
        attached(o, "stopSurplus", plan.takeProfit());
        attached(o, "stopLoss", plan.stopLoss());
        return o;
    }

    private static void attached(JsonObject o, String prefix, PlanOrder.@Nullable Attached a) {
        if (a == null) {
            return;
        }
        putDecimal(o, prefix + "TriggerPrice", a.triggerPrice());
        putDecimal(o, prefix + "ExecutePrice", a.executePrice());
        if (a.triggerBy() != null) {
            o.addProperty(prefix + "TriggerType", switch (a.triggerBy()) {
                case FILL -> "fill_price";
                case MARK -> "mark_price";
                case INDEX -> "index_price";
            });
        }
    }

    static String planType(PlanOrder.Kind kind) {
        return switch (kind) {
            case TRIGGER -> "normal_plan";
            case TRAILING -> "track_plan";
            case TAKE_PROFIT -> "profit_plan";
            case STOP_LOSS -> "loss_plan";
            case TRAILING_STOP -> "moving_plan";
            case POSITION_TAKE_PROFIT -> "pos_profit";
            case POSITION_STOP_LOSS -> "pos_loss";
        };
    }

    /** The family a listing's {@code planType} asks for. */
    private static String family(PlanOrder.Kind kind) {
        return switch (kind) {
            case TRIGGER -> "normal_plan";
            case TRAILING -> "track_plan";
            default -> "profit_loss";
        };
    }

    static String planStatus(PlanOrder.Status status) {
        return switch (status) {
            case LIVE -> "live";
            case EXECUTED -> "executed";
            case FAILED -> "fail_trigger";
            case CANCELLED -> "cancelled";
        };
    }

    private static JsonObject ids(PlanOrder plan) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", plan.orderId());
        o.addProperty("clientOid", plan.clientOid());
        return o;
    }
}
