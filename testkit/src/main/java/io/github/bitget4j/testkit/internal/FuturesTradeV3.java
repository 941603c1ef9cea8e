package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV3.guarded;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * V3 (unified account) futures trading with {@code category=USDT-FUTURES}, on the same {@link FuturesEngine} as
 * V2, so one key sees its orders and positions through both. Routes that spot shares ({@code place-order},
 * {@code cancel-order}, ...) belong to {@link TradeV3}, which hands futures requests to the methods here; the
 * futures-only routes are registered here.
 */
final class FuturesTradeV3 {

    /** Bitget changes at most 20 orders in one V3 batch. */
    private static final int MAX_MODIFY_BATCH = 20;

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;

    FuturesTradeV3(FuturesEngine engine, FuturesPortfolio portfolio) {
        this.engine = engine;
        this.portfolio = portfolio;
    }

    void register(Routes routes) {
        ApiVersion v3 = ApiVersion.V3;
        routes.post("/api/v3/trade/modify-order", Auth.PRIVATE, v3, guarded(this::modifyOrder));
        routes.post("/api/v3/trade/batch-modify-order", Auth.PRIVATE, v3, guarded(this::batchModifyOrders));
        routes.post("/api/v3/trade/close-positions", Auth.PRIVATE, v3, guarded(this::closePositions));
        routes.get("/api/v3/trade/history-orders", Auth.PRIVATE, v3, guarded(this::historyOrders));
        routes.get("/api/v3/trade/fills", Auth.PRIVATE, v3, guarded(this::fills));
    }

    private FuturesAccount account(ApiCall call) {
        return account(call.account());
    }

    private FuturesAccount account(Account account) {
        return engine.account(account.apiKey);
    }

    // ---- what TradeV3 hands over

    /** Places a futures order; {@code p} is the order (a request body, or one element of a batch). */
    JsonObject place(Account caller, Params p) {
        requireUsdtFutures(p.required("category"), p.required("symbol"));
        FuturesAccount account = account(caller);
        return ids(engine.place(account, orderRequest(p, engine.posMode(account))));
    }

    /** Cancels one futures order. @throws FuturesException ORDER_NOT_FOUND or NOT_CANCELLABLE */
    JsonObject cancel(Account caller, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
        return ids(engine.cancel(account(caller), upper(symbol), orderId, clientOid));
    }

    /** The order as OrderInfo, or null when the account has no futures order of that id. */
    @Nullable JsonObject orderInfo(Account caller, @Nullable String orderId, @Nullable String clientOid) {
        try {
            return order(engine.order(account(caller), null, orderId, clientOid), true);
        } catch (FuturesException notFound) {
            return null;
        }
    }

    /** Open orders (of one symbol when given), newest first, as UnfilledOrder. */
    List<TradeV3.Row> openOrders(Account caller, @Nullable String symbol) {
        String s = upper(symbol);
        return engine.orders(account(caller), o -> o.status().isOpen() && (s == null || s.equals(o.symbol()))).stream()
                .map(o -> new TradeV3.Row(o.orderId(), o.createdTime(), order(o, false))).toList();
    }

    /** Cancels every open futures order (of one symbol when given); one result per order. */
    JsonArray cancelAll(Account caller, @Nullable String symbol) {
        String s = upper(symbol);
        if (s != null) {
            engine.contract(s);
        }
        JsonArray results = new JsonArray();
        engine.cancelAll(account(caller), s).forEach(o -> results.add(TradeV3.succeeded(ids(o))));
        return results;
    }

    // ---- futures-only routes

    /**
     * Replaces an open order with one of the new quantity, price or TP/SL, as the engine (and V2) do: the answer
     * names the new order, whose client id Bitget assigns. With {@code autoCancel=yes} a refused change cancels the
     * original.
     */
    private JsonObject modifyOrder(ApiCall call) {
        Params p = call.params();
        String category = p.optional("category");
        if (category != null) {
            requireUsdtFutures(category, "");
        }
        return modify(account(call), p, upper(p.optional("symbol")));
    }

    /** Changes up to 20 orders, each on its own; a refusal is listed with its code. */
    private JsonArray batchModifyOrders(ApiCall call) {
        JsonArray items = call.bodyArray();
        if (items.isEmpty()) {
            throw ApiError.missingParameter("orderList");
        }
        if (items.size() > MAX_MODIFY_BATCH) {
            throw ApiError.invalidParameter("orderList");
        }
        FuturesAccount account = account(call);
        JsonArray results = new JsonArray();
        for (JsonElement item : items) {
            Params p = item.isJsonObject() ? Params.ofJson(item.getAsJsonObject()) : Params.ofQuery("");
            try {
                results.add(TradeV3.succeeded(modify(account, p, null)));
            } catch (ApiError | FuturesException e) {
                results.add(TradeV3.failed(p.optional("clientOid"),
                        e instanceof FuturesException f ? FuturesWireV3.translate(f) : (ApiError) e));
            }
        }
        return results;
    }

    private JsonObject modify(FuturesAccount account, Params p, @Nullable String symbol) {
        String orderId = TradeV3.orderId(p);
        boolean autoCancel = p.optional("autoCancel") != null && p.requiredChoice("autoCancel", "yes", "no").equals("yes");
        FuturesOrderView old = engine.order(account, symbol, orderId, p.optional("clientOid"));
        try {
            return ids(engine.modify(account, old.symbol(), old.orderId(), null, newClientOid(),
                    p.optionalPositive("qty"), p.optionalPositive("price"), p.optionalPositive("takeProfit"),
                    p.optionalPositive("stopLoss")));
        } catch (FuturesException refused) {
            if (autoCancel && refused.reason() != FuturesException.Reason.NOT_CANCELLABLE) {
                engine.cancel(account, null, old.orderId(), null);
            }
            throw refused;
        }
    }

    private static String newClientOid() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Closes positions at market, each on its own; a failure is listed with its code. */
    private JsonObject closePositions(ApiCall call) {
        Params p = call.params();
        if (!FuturesWireV3.usdtFutures(p.required("category"))) {
            throw new FuturesException(FuturesException.Reason.NO_POSITION, "all");
        }
        JsonArray list = new JsonArray();
        for (FuturesClosing.CloseOutcome outcome : new FuturesClosing(engine).flashClose(account(call), upper(p.optional("symbol")),
                FuturesWireV3.posSide(p))) {
            FuturesOrderView order = outcome.order();
            list.add(order != null ? TradeV3.succeeded(ids(order))
                    : TradeV3.failed(null, outcome.error() == null ? ApiError.badRequest("40015", "System is abnormal")
                            : FuturesWireV3.translate(outcome.error())));
        }
        JsonObject o = new JsonObject();
        o.add("list", list);
        return o;
    }

    /** Finished futures orders newest first; the other categories have none here (spot keeps no history yet). */
    private JsonObject historyOrders(ApiCall call) {
        Params p = call.params();
        boolean usdt = usdtFuturesOrOther(p.required("category"));
        String symbol = upper(p.optional("symbol"));
        List<FuturesOrderView> orders = !usdt ? List.of() : engine.orders(account(call),
                o -> !o.status().isOpen() && (symbol == null || symbol.equals(o.symbol())));
        return FuturesWireV3.page(orders, p, FuturesOrderView::orderId, FuturesOrderView::createdTime, 100)
                .json(o -> order(o, true));
    }

    /** Futures fills newest first, paged by {@code cursor}; spot keeps no fill history here yet. */
    private JsonObject fills(ApiCall call) {
        Params p = call.params();
        String category = p.optional("category");
        boolean usdt = category == null || usdtFuturesOrOther(category);
        String orderId = p.optional("orderId");
        FuturesAccount account = account(call);
        List<FuturesFill> fills = !usdt ? List.of() : portfolio.fills(account).stream()
                .filter(f -> orderId == null || orderId.equals(f.orderId())).toList();
        Map<String, FuturesOrderView> orders = new HashMap<>();
        engine.orders(account, o -> true).forEach(o -> orders.put(o.orderId(), o));
        return FuturesWireV3.page(fills, p, FuturesFill::tradeId, FuturesFill::time, 100)
                .json(f -> fill(f, orders.get(f.orderId())));
    }

    // ---- requests

    /**
     * Reads a V3 futures order. {@code side} is the book side. Hedge mode needs {@code posSide}: buy + long opens
     * a long, sell + long closes it. One-way mode nets and ignores {@code posSide}; {@code reduceOnly=yes} may
     * only shrink the position.
     */
    static FuturesOrderRequest orderRequest(Params p, PositionMode posMode) {
        String symbol = p.required("symbol").toUpperCase(Locale.ROOT);
        boolean buy = p.requiredChoice("side", "buy", "sell").equals("buy");
        boolean market = p.requiredChoice("orderType", "limit", "market").equals("market");
        String force = market || p.optional("timeInForce") == null ? "gtc"
                : p.requiredChoice("timeInForce", "gtc", "post_only", "fok", "ioc");
        BigDecimal price = market ? null : p.requiredPositive("price");
        BigDecimal qty = p.requiredPositive("qty");
        boolean reduceOnly = p.optional("reduceOnly") != null && p.requiredChoice("reduceOnly", "yes", "no").equals("yes");
        HoldSide position = FuturesWireV3.posSide(p);
        PositionEffect effect = PositionEffect.NET;
        if (posMode == PositionMode.HEDGE) {
            if (position == null) {
                throw ApiError.missingParameter("posSide");
            }
            boolean opens = position.opensWithBuy() == buy;
            if (opens && reduceOnly) {
                throw ApiError.invalidParameter("reduceOnly"); // an order that opens cannot be reduce-only
            }
            effect = opens ? PositionEffect.open(position) : PositionEffect.close(position);
            reduceOnly = false; // the effect already says it closes
        }
        if (p.optional("stpMode") != null) {
            p.requiredChoice("stpMode", "none", "cancel_taker", "cancel_maker", "cancel_both");
        }
        return new FuturesOrderRequest(symbol, effect, buy, market, force, price, qty, p.optional("clientOid"),
                FuturesWireV2.marginMode(p.optional("marginMode")), reduceOnly, FuturesOrderRequest.OrderOrigin.USER,
                p.optionalPositive("takeProfit"), p.optionalPositive("stopLoss"));
    }

    /** @throws FuturesException UNKNOWN_SYMBOL for a valid futures category without contracts here */
    private static void requireUsdtFutures(String category, String symbol) {
        if (!FuturesWireV3.usdtFutures(category)) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
    }

    /** True for USDT-FUTURES, false for another valid category (nothing listed there). */
    private static boolean usdtFuturesOrOther(String category) {
        if (FuturesWireV3.isFutures(category)) {
            return FuturesWireV3.usdtFutures(category);
        }
        if (!category.equalsIgnoreCase("SPOT") && !category.equalsIgnoreCase("MARGIN")) {
            throw ApiError.invalidParameter("category");
        }
        return false;
    }

    private static @Nullable String upper(@Nullable String symbol) {
        return symbol == null ? null : symbol.toUpperCase(Locale.ROOT);
    }

    // ---- JSON

    private static JsonObject ids(FuturesOrderView order) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", order.orderId());
        o.addProperty("clientOid", order.clientOid());
        return o;
    }

    /** OrderInfo, or UnfilledOrder (the same without cancelReason and execType). */
    static JsonObject order(FuturesOrderView v, boolean withOutcome) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", v.orderId());
        o.addProperty("clientOid", v.clientOid());
        o.addProperty("category", FuturesWireV3.USDT_FUTURES);
        o.addProperty("symbol", v.symbol());
        o.addProperty("orderType", v.market() ? "market" : "limit");
        o.addProperty("side", v.buy() ? "buy" : "sell");
        o.addProperty("price", v.price() == null ? "0" : decimal(v.price()));
        o.addProperty("qty", decimal(v.size()));
        o.addProperty("amount", "0");
        o.addProperty("cumExecQty", decimal(v.filledSize()));
        o.addProperty("cumExecValue", decimal(v.filledValue()));
        o.addProperty("avgPrice", decimal(v.averagePrice()));
        o.addProperty("timeInForce", v.force());
        o.addProperty("orderStatus", v.status().wireName());
        HoldSide side = v.effect().holdSide();
        o.addProperty("posSide", side == null ? "" : FuturesWireV3.posSide(side));
        o.addProperty("holdMode", FuturesWireV3.holdMode(v.posMode()));
        o.addProperty("reduceOnly", FuturesWireV3.yesNo(v.reduceOnly() || v.effect().closing()));
        o.add("feeDetail", FuturesWireV3.zeroFee(v.marginCoin()));
        if (withOutcome) {
            o.addProperty("cancelReason", v.cancelReason());
            o.addProperty("execType", "normal");
        }
        o.addProperty("stpMode", "none");
        o.addProperty("createdTime", Long.toString(v.createdTime()));
        o.addProperty("updatedTime", Long.toString(v.updatedTime()));
        return o;
    }

    /** UtaFill; {@code order} may be null when the order has left the account's history. */
    private static JsonObject fill(FuturesFill f, @Nullable FuturesOrderView order) {
        JsonObject o = new JsonObject();
        o.addProperty("execId", f.tradeId());
        o.addProperty("orderId", f.orderId());
        o.addProperty("category", FuturesWireV3.USDT_FUTURES);
        o.addProperty("symbol", f.symbol());
        o.addProperty("orderType", order == null || order.market() ? "market" : "limit");
        o.addProperty("side", f.buy() ? "buy" : "sell");
        o.addProperty("execPrice", decimal(f.price()));
        o.addProperty("execQty", decimal(f.quantity()));
        o.addProperty("execValue", decimal(f.price().multiply(f.quantity())));
        o.addProperty("tradeScope", f.maker() ? "maker" : "taker");
        o.add("feeDetail", FuturesWireV3.zeroFee(f.marginCoin()));
        o.addProperty("execPnl", f.profit() == null ? "0" : decimal(f.profit()));
        o.addProperty("tradeSide", f.effect().closing() || f.profit() != null ? "close" : "open");
        o.addProperty("createdTime", Long.toString(f.time()));
        o.addProperty("updatedTime", Long.toString(f.time()));
        return o;
    }
}
