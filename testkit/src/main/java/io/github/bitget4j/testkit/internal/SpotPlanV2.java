package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** V2 spot plan (trigger) orders: placed, modified, cancelled and listed; the testkit never fires them. */
final class SpotPlanV2 {

    private final Exchange exchange;
    private final SpotPlans plans;

    SpotPlanV2(Exchange exchange, SpotPlans plans) {
        this.exchange = exchange;
        this.plans = plans;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.post("/api/v2/spot/trade/place-plan-order", Auth.PRIVATE, v2, this::place);
        routes.post("/api/v2/spot/trade/modify-plan-order", Auth.PRIVATE, v2, this::modify);
        routes.post("/api/v2/spot/trade/cancel-plan-order", Auth.PRIVATE, v2, this::cancel);
        routes.post("/api/v2/spot/trade/batch-cancel-plan-order", Auth.PRIVATE, v2, this::cancelAll);
        routes.get("/api/v2/spot/trade/current-plan-order", Auth.PRIVATE, v2, this::current);
        routes.get("/api/v2/spot/trade/history-plan-order", Auth.PRIVATE, v2, this::history);
        routes.get("/api/v2/spot/trade/plan-sub-order", Auth.PRIVATE, v2, this::subOrders);
    }

    private JsonObject place(ApiCall call) {
        Params p = call.params();
        String symbol = exchange.spec(p.required("symbol")).symbol();
        String side = p.requiredChoice("side", "buy", "sell");
        BigDecimal trigger = p.requiredPositive("triggerPrice");
        String orderType = p.requiredChoice("orderType", "limit", "market");
        BigDecimal executePrice = orderType.equals("limit") ? p.requiredPositive("executePrice") : null;
        String planType = p.optional("planType") == null ? "amount" : p.requiredChoice("planType", "amount", "total");
        BigDecimal size = p.requiredPositive("size");
        String triggerType = p.requiredChoice("triggerType", "fill_price", "mark_price");
        String clientOid = p.optional("clientOid") != null ? p.optional("clientOid") : UUID.randomUUID().toString().replace("-", "");
        long now = call.now();
        SpotPlan plan = plans.add(call.account(), new SpotPlan(exchange.newOrderId(), clientOid, symbol, side, trigger, orderType,
                executePrice, planType, size, triggerType, SpotPlan.LIVE, now, now));
        return ids(plan);
    }

    private JsonObject modify(ApiCall call) {
        Params p = call.params();
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        BigDecimal trigger = p.requiredPositive("triggerPrice");
        String orderType = p.requiredChoice("orderType", "limit", "market");
        BigDecimal executePrice = orderType.equals("limit") ? p.requiredPositive("executePrice") : null;
        BigDecimal size = p.requiredPositive("size");
        long now = call.now();
        return ids(plans.update(call.account(), orderId, clientOid, plan -> plan.modified(trigger, orderType, executePrice, size, now)));
    }

    private JsonObject cancel(ApiCall call) {
        Params p = call.params();
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        long now = call.now();
        plans.update(call.account(), orderId, clientOid, plan -> plan.cancelled(now));
        JsonObject o = new JsonObject();
        o.addProperty("result", "success");
        return o;
    }

    /** Cancels the live plan orders of the symbols in {@code symbolList}, or of every symbol without it. */
    private JsonObject cancelAll(ApiCall call) {
        JsonElement body = call.bodyJson();
        JsonElement symbolList = body != null && body.isJsonObject() ? body.getAsJsonObject().get("symbolList") : null;
        Set<String> symbols = new HashSet<>();
        if (symbolList != null && symbolList.isJsonArray()) {
            symbolList.getAsJsonArray().forEach(s -> symbols.add(s.getAsString()));
        }
        Account account = call.account();
        long now = call.now();
        JsonArray successList = new JsonArray();
        for (SpotPlan plan : plans.list(account, p -> p.live() && (symbols.isEmpty() || symbols.contains(p.symbol())))) {
            successList.add(ids(plans.update(account, plan.orderId(), null, live -> live.cancelled(now))));
        }
        JsonObject o = new JsonObject();
        o.add("successList", successList);
        o.add("failureList", new JsonArray());
        return o;
    }

    /** Live plan orders, newest first (Bitget's default page is 20). */
    private JsonObject current(ApiCall call) {
        Params p = call.params();
        String symbol = p.optional("symbol");
        List<SpotPlan> live = plans.list(call.account(), plan -> plan.live() && (symbol == null || symbol.equals(plan.symbol())));
        return page(live, IdPage.of(live, p, SpotPlan::orderId, SpotPlan::createdTime, 20, 100));
    }

    /** Finished (here: cancelled) plan orders of one symbol created in the time range. */
    private JsonObject history(ApiCall call) {
        Params p = call.params();
        String symbol = p.required("symbol");
        p.required("startTime");
        p.required("endTime");
        List<SpotPlan> finished = plans.list(call.account(), plan -> !plan.live() && symbol.equals(plan.symbol()));
        return page(finished, IdPage.of(finished, p, SpotPlan::orderId, SpotPlan::createdTime, 100, 100));
    }

    /** The orders a fired plan order sent: none, since the testkit does not fire them. */
    private JsonArray subOrders(ApiCall call) {
        String planOrderId = call.params().required("planOrderId");
        if (plans.list(call.account(), plan -> plan.orderId().equals(planOrderId)).isEmpty()) {
            throw new MarketException(MarketException.Reason.ORDER_NOT_FOUND, planOrderId);
        }
        return new JsonArray();
    }

    /** One page: {@code nextFlag} when candidates remain past it, {@code idLessThan} the last id on it. */
    private static JsonObject page(List<SpotPlan> candidates, List<SpotPlan> page) {
        JsonObject o = new JsonObject();
        boolean more = !page.isEmpty() && candidates.indexOf(page.getLast()) < candidates.size() - 1;
        o.addProperty("nextFlag", more);
        if (page.isEmpty()) {
            o.add("idLessThan", JsonNull.INSTANCE);
        } else {
            o.addProperty("idLessThan", page.getLast().orderId());
        }
        JsonArray orderList = new JsonArray();
        for (SpotPlan plan : page) {
            orderList.add(wire(plan));
        }
        o.add("orderList", orderList);
        return o;
    }

    private static JsonObject wire(SpotPlan plan) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", plan.orderId());
        o.addProperty("clientOid", plan.clientOid());
        o.addProperty("symbol", plan.symbol());
        o.addProperty("size", decimal(plan.size()));
        o.addProperty("executePrice", plan.executePrice() == null ? "" : decimal(plan.executePrice()));
        o.addProperty("triggerPrice", decimal(plan.triggerPrice()));
        o.addProperty("status", plan.status());
        o.addProperty("orderType", plan.orderType());
        o.addProperty("side", plan.side());
        o.addProperty("planType", plan.planType());
        o.addProperty("triggerType", plan.triggerType());
        o.addProperty("enterPointSource", "API");
        o.addProperty("uTime", Long.toString(plan.updatedTime()));
        o.addProperty("cTime", Long.toString(plan.createdTime()));
        return o;
    }

    private static JsonObject ids(SpotPlan plan) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", plan.orderId());
        o.addProperty("clientOid", plan.clientOid());
        return o;
    }
}
