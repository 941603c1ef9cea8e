package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV2.guarded;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.putDecimal;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.time;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.OrderStatus;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** V2 futures orders and fills ({@code /api/v2/mix/order/...}), all private. Plan orders are in {@link FuturesPlanV2}. */
final class FuturesTradeV2 {

    /** Bitget accepts at most 50 orders in one futures batch. */
    private static final int MAX_BATCH = 50;

    /** Which of the three V2 order records to write; they differ in a few members. */
    private enum Shape { DETAIL, OPEN, HISTORIC }

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;

    FuturesTradeV2(FuturesEngine engine, FuturesPortfolio portfolio) {
        this.engine = engine;
        this.portfolio = portfolio;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.post("/api/v2/mix/order/place-order", Auth.PRIVATE, v2, guarded(this::placeOrder));
        routes.post("/api/v2/mix/order/batch-place-order", Auth.PRIVATE, v2, guarded(this::batchPlaceOrder));
        routes.post("/api/v2/mix/order/modify-order", Auth.PRIVATE, v2, guarded(this::modifyOrder));
        routes.post("/api/v2/mix/order/cancel-order", Auth.PRIVATE, v2, guarded(this::cancelOrder));
        routes.post("/api/v2/mix/order/batch-cancel-orders", Auth.PRIVATE, v2, guarded(this::batchCancelOrders));
        routes.post("/api/v2/mix/order/cancel-all-orders", Auth.PRIVATE, v2, guarded(this::cancelAllOrders));
        routes.post("/api/v2/mix/order/click-backhand", Auth.PRIVATE, v2, guarded(this::reversal));
        routes.post("/api/v2/mix/order/close-positions", Auth.PRIVATE, v2, guarded(this::closePositions));
        routes.get("/api/v2/mix/order/detail", Auth.PRIVATE, v2, guarded(this::detail));
        routes.get("/api/v2/mix/order/orders-pending", Auth.PRIVATE, v2, guarded(this::ordersPending));
        routes.get("/api/v2/mix/order/orders-history", Auth.PRIVATE, v2, guarded(this::ordersHistory));
        routes.get("/api/v2/mix/order/fills", Auth.PRIVATE, v2, guarded(this::fills));
        routes.get("/api/v2/mix/order/fill-history", Auth.PRIVATE, v2, guarded(this::fills));
    }

    private FuturesAccount account(ApiCall call) {
        return engine.account(call.account().apiKey);
    }

    /** The symbol of a request whose product type must be USDT-M (the only one with contracts). */
    private static String usdtSymbol(Params p) {
        String symbol = FuturesWireV2.symbol(p);
        if (!FuturesWireV2.usdtProduct(p)) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        return symbol;
    }

    // ---- placing

    private JsonObject placeOrder(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        FuturesWireV2.requireUsdt(p.required("marginCoin"), "marginCoin");
        MarginMode mode = FuturesWireV2.marginMode(p.required("marginMode"));
        FuturesAccount account = account(call);
        return ids(engine.place(account, orderRequest(p, symbol, mode, engine.posMode(account))));
    }

    /** Places each order on its own; one failing does not stop the others. */
    private JsonObject batchPlaceOrder(ApiCall call) {
        JsonElement body = call.bodyJson();
        if (body == null || !body.isJsonObject()) {
            throw ApiError.missingParameter("orderList");
        }
        JsonObject request = body.getAsJsonObject();
        Params p = Params.ofJson(request);
        String symbol = usdtSymbol(p);
        FuturesWireV2.requireUsdt(p.required("marginCoin"), "marginCoin");
        MarginMode mode = FuturesWireV2.marginMode(p.required("marginMode"));
        JsonElement orderList = request.get("orderList");
        if (orderList == null || !orderList.isJsonArray() || orderList.getAsJsonArray().isEmpty()) {
            throw ApiError.missingParameter("orderList");
        }
        if (orderList.getAsJsonArray().size() > MAX_BATCH) {
            throw ApiError.invalidParameter("orderList");
        }
        FuturesAccount account = account(call);
        PositionMode posMode = engine.posMode(account);
        JsonArray successList = new JsonArray();
        JsonArray failureList = new JsonArray();
        for (JsonElement item : orderList.getAsJsonArray()) {
            Params order = item.isJsonObject() ? Params.ofJson(item.getAsJsonObject()) : Params.ofQuery("");
            try {
                successList.add(ids(engine.place(account, orderRequest(order, symbol, mode, posMode))));
            } catch (ApiError | FuturesException e) {
                failureList.add(failure(null, order.optional("clientOid"), e));
            }
        }
        return batchResult(successList, failureList);
    }

    /**
     * Reads a V2 order. In hedge mode {@code tradeSide} is required and, with {@code side}, names the position
     * (close long = buy + close); in one-way mode it is ignored and {@code reduceOnly} may restrict the order.
     */
    private static FuturesOrderRequest orderRequest(Params p, String symbol, @Nullable MarginMode mode, PositionMode posMode) {
        boolean buy = p.requiredChoice("side", "buy", "sell").equals("buy");
        boolean market = p.requiredChoice("orderType", "limit", "market").equals("market");
        String force = market || p.optional("force") == null ? "gtc"
                : p.requiredChoice("force", "gtc", "post_only", "fok", "ioc");
        BigDecimal price = market ? null : p.requiredPositive("price");
        BigDecimal size = p.requiredPositive("size");
        PositionEffect effect = PositionEffect.NET;
        boolean reduceOnly = false;
        if (posMode == PositionMode.HEDGE) {
            boolean open = p.requiredChoice("tradeSide", "open", "close").equals("open");
            HoldSide side = HoldSide.openedBy(buy);
            effect = open ? PositionEffect.open(side) : PositionEffect.close(side);
        } else if (p.optional("reduceOnly") != null) {
            reduceOnly = p.requiredChoice("reduceOnly", "YES", "NO").equals("YES");
        }
        if (p.optional("stpMode") != null) {
            p.requiredChoice("stpMode", "none", "cancel_taker", "cancel_maker", "cancel_both");
        }
        return new FuturesOrderRequest(symbol, effect, buy, market, force, price, size, p.optional("clientOid"), mode,
                reduceOnly, FuturesOrderRequest.OrderOrigin.USER, p.optionalPositive("presetStopSurplusPrice"),
                p.optionalPositive("presetStopLossPrice"));
    }

    private JsonObject modifyOrder(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        FuturesWireV2.requireUsdt(p.required("marginCoin"), "marginCoin");
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        BigDecimal newSize = p.optionalPositive("newSize");
        BigDecimal newPrice = p.optionalPositive("newPrice");
        if ((newSize == null) != (newPrice == null)) {
            throw ApiError.missingParameter(newSize == null ? "newSize" : "newPrice"); // Bitget wants both together
        }
        FuturesOrderView order = engine.modify(account(call), symbol, orderId, clientOid, p.required("newClientOid"),
                newSize, newPrice, p.optionalPositive("newPresetStopSurplusPrice"), p.optionalPositive("newPresetStopLossPrice"));
        return ids(order);
    }

    /** One-way: reverses the whole position. Hedge: {@code side} buy reverses the long, sell the short (Bitget's V2 rule). */
    private JsonObject reversal(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        FuturesWireV2.requireUsdt(p.required("marginCoin"), "marginCoin");
        BigDecimal size = p.requiredPositive("size");
        String side = p.optional("side") == null ? null : p.requiredChoice("side", "buy", "sell");
        if (p.optional("tradeSide") != null) {
            p.requiredChoice("tradeSide", "open", "close");
        }
        HoldSide reversed = side == null ? null : HoldSide.openedBy(side.equals("buy"));
        return ids(engine.reverse(account(call), symbol, reversed, size, p.optional("clientOid")));
    }

    // ---- cancelling and closing

    private JsonObject cancelOrder(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        FuturesWireV2.requireUsdt(p.optional("marginCoin"), "marginCoin");
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        return ids(engine.cancel(account(call), symbol, orderId, clientOid));
    }

    /** Cancels the listed orders one by one, or every order of the symbol when there is no list. */
    private JsonObject batchCancelOrders(ApiCall call) {
        JsonElement body = call.bodyJson();
        JsonObject request = body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
        Params p = Params.ofJson(request);
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.optionalSymbol(p);
        FuturesWireV2.requireUsdt(p.optional("marginCoin"), "marginCoin");
        FuturesAccount account = account(call);
        JsonArray successList = new JsonArray();
        JsonArray failureList = new JsonArray();
        JsonElement refs = request.get("orderIdList");
        if (refs == null || !refs.isJsonArray()) {
            if (symbol == null) {
                throw ApiError.missingParameter("symbol");
            }
            if (usdt) {
                engine.contract(symbol);
                engine.cancelAll(account, symbol).forEach(o -> successList.add(ids(o)));
            }
            return batchResult(successList, failureList);
        }
        for (JsonElement ref : refs.getAsJsonArray()) {
            Params r = ref.isJsonObject() ? Params.ofJson(ref.getAsJsonObject()) : Params.ofQuery("");
            String orderId = r.optional("orderId");
            String clientOid = r.optional("clientOid");
            try {
                if (orderId == null && clientOid == null) {
                    throw ApiError.missingParameter("orderId");
                }
                if (!usdt) {
                    throw new FuturesException(FuturesException.Reason.ORDER_NOT_FOUND, String.valueOf(orderId));
                }
                successList.add(ids(engine.cancel(account, symbol, orderId, clientOid)));
            } catch (ApiError | FuturesException e) {
                failureList.add(failure(orderId, clientOid, e));
            }
        }
        return batchResult(successList, failureList);
    }

    private JsonObject cancelAllOrders(ApiCall call) {
        Params p = call.params();
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.optionalSymbol(p);
        FuturesWireV2.requireUsdt(p.optional("marginCoin"), "marginCoin");
        p.optionalLong("requestTime");
        p.optionalLong("receiveWindow");
        JsonArray successList = new JsonArray();
        if (usdt) {
            if (symbol != null) {
                engine.contract(symbol);
            }
            engine.cancelAll(account(call), symbol).forEach(o -> successList.add(ids(o)));
        }
        return batchResult(successList, new JsonArray());
    }

    /** Flash close: each position closes at market on its own; failures are listed with their codes. */
    private JsonObject closePositions(ApiCall call) {
        Params p = call.params();
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.optionalSymbol(p);
        HoldSide side = FuturesWireV2.holdSide(p.optional("holdSide"), "holdSide");
        if (!usdt) {
            throw new FuturesException(FuturesException.Reason.NO_POSITION, "all");
        }
        JsonArray successList = new JsonArray();
        JsonArray failureList = new JsonArray();
        for (FuturesEngine.CloseOutcome outcome : engine.flashClose(account(call), symbol, side)) {
            FuturesOrderView order = outcome.order();
            if (order != null) {
                JsonObject o = new JsonObject();
                o.addProperty("orderId", order.orderId());
                o.addProperty("clientOid", order.clientOid());
                o.addProperty("symbol", order.symbol());
                successList.add(o);
            } else {
                JsonObject failure = failure(null, null, outcome.error() == null ? new IllegalStateException() : outcome.error());
                failure.addProperty("symbol", outcome.symbol());
                failureList.add(failure);
            }
        }
        return batchResult(successList, failureList);
    }

    // ---- reading

    private JsonObject detail(ApiCall call) {
        Params p = call.params();
        String symbol = usdtSymbol(p);
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        return order(engine.order(account(call), symbol, orderId, clientOid), Shape.DETAIL);
    }

    private JsonObject ordersPending(ApiCall call) {
        Params p = call.params();
        String status = p.optional("status") == null ? null : p.requiredChoice("status", "live", "partially_filled");
        return orderPage(call, p, o -> o.status().isOpen()
                && (status == null || FuturesTradeV2.status(o.status()).equals(status)), Shape.OPEN);
    }

    private JsonObject ordersHistory(ApiCall call) {
        Params p = call.params();
        String source = p.optional("orderSource");
        return orderPage(call, p, o -> !o.status().isOpen() && (source == null || orderSource(o).equals(source)), Shape.HISTORIC);
    }

    private JsonObject orderPage(ApiCall call, Params p, Predicate<FuturesOrderView> accepted, Shape shape) {
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.optionalSymbol(p);
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        List<FuturesOrderView> orders = !usdt ? List.of() : engine.orders(account(call), o -> accepted.test(o)
                && (symbol == null || symbol.equals(o.symbol())) && (orderId == null || orderId.equals(o.orderId()))
                && (clientOid == null || clientOid.equals(o.clientOid())));
        FuturesWireV2.Page<FuturesOrderView> page = FuturesWireV2.page(orders, p, FuturesOrderView::orderId,
                FuturesOrderView::createdTime, 100);
        JsonArray list = new JsonArray();
        page.items().forEach(o -> list.add(order(o, shape)));
        JsonObject o = new JsonObject();
        o.add("entrustedList", FuturesWireV2.listOrNull(list));
        o.add("endId", page.endIdJson());
        return o;
    }

    private JsonObject fills(ApiCall call) {
        Params p = call.params();
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.optionalSymbol(p);
        String orderId = p.optional("orderId");
        List<FuturesFill> fills = !usdt ? List.of() : portfolio.fills(account(call)).stream()
                .filter(f -> (symbol == null || symbol.equals(f.symbol())) && (orderId == null || orderId.equals(f.orderId())))
                .toList();
        FuturesWireV2.Page<FuturesFill> page = FuturesWireV2.page(fills, p, FuturesFill::tradeId, FuturesFill::time, 100);
        JsonArray list = new JsonArray();
        for (FuturesFill f : page.items()) {
            JsonObject fee = new JsonObject();
            fee.addProperty("deduction", "no");
            fee.addProperty("feeCoin", f.marginCoin());
            fee.addProperty("totalDeductionFee", "0");
            fee.addProperty("totalFee", "0"); // the testkit charges no fees
            JsonArray feeDetail = new JsonArray();
            feeDetail.add(fee);
            JsonObject o = new JsonObject();
            o.addProperty("tradeId", f.tradeId());
            o.addProperty("symbol", f.symbol());
            o.addProperty("orderId", f.orderId());
            o.addProperty("price", decimal(f.price()));
            o.addProperty("baseVolume", decimal(f.quantity()));
            o.add("feeDetail", feeDetail);
            o.addProperty("side", FuturesWireV2.side(f.effect(), f.buy()));
            o.addProperty("quoteVolume", decimal(f.price().multiply(f.quantity())));
            o.addProperty("profit", f.profit() == null ? "0" : decimal(f.profit()));
            o.addProperty("enterPointSource", "API");
            o.addProperty("tradeSide", FuturesWireV2.tradeSide(f.effect(), f.buy(), f.reduceOnly()));
            o.addProperty("posMode", FuturesWireV2.posMode(f.posMode()));
            o.addProperty("tradeScope", f.maker() ? "maker" : "taker");
            o.addProperty("cTime", time(f.time()));
            list.add(o);
        }
        JsonObject o = new JsonObject();
        o.add("fillList", FuturesWireV2.listOrNull(list));
        o.add("endId", page.endIdJson());
        return o;
    }

    // ---- JSON

    /** One order in the members of the requested V2 record. */
    private static JsonObject order(FuturesOrderView v, Shape shape) {
        JsonObject o = new JsonObject();
        o.addProperty("symbol", v.symbol());
        o.addProperty("size", decimal(v.size()));
        o.addProperty("orderId", v.orderId());
        o.addProperty("clientOid", v.clientOid());
        o.addProperty("baseVolume", decimal(v.filledSize()));
        o.addProperty("fee", "0");
        putDecimal(o, "price", v.price());
        o.addProperty("priceAvg", decimal(v.averagePrice()));
        o.addProperty(shape == Shape.DETAIL ? "state" : "status", status(v.status()));
        o.addProperty("side", FuturesWireV2.side(v.effect(), v.buy()));
        o.addProperty("force", v.force());
        o.addProperty("totalProfits", decimal(v.profit()));
        o.addProperty("posSide", FuturesWireV2.posSide(v.effect()));
        o.addProperty("marginCoin", v.marginCoin());
        o.addProperty("quoteVolume", decimal(v.filledValue()));
        o.addProperty("leverage", Integer.toString(v.leverage()));
        o.addProperty("marginMode", FuturesWireV2.marginMode(v.marginMode()));
        o.addProperty("enterPointSource", "API");
        o.addProperty("tradeSide", FuturesWireV2.tradeSide(v.effect(), v.buy(), v.reduceOnly()));
        o.addProperty("posMode", FuturesWireV2.posMode(v.posMode()));
        o.addProperty("orderType", v.market() ? "market" : "limit");
        o.addProperty("orderSource", orderSource(v));
        o.addProperty("cTime", time(v.createdTime()));
        o.addProperty("uTime", time(v.updatedTime()));
        putDecimal(o, "presetStopSurplusPrice", v.takeProfit());
        putDecimal(o, "presetStopLossPrice", v.stopLoss());
        switch (shape) {
            case DETAIL -> {
                o.addProperty("reduceOnly", v.reduceOnly() ? "YES" : "NO");
                o.addProperty("cancelReason", v.cancelReason());
            }
            case OPEN -> {
                if (v.takeProfit() != null) {
                    o.addProperty("presetStopSurplusType", "fill_price");
                }
                if (v.stopLoss() != null) {
                    o.addProperty("presetStopLossType", "fill_price");
                }
            }
            case HISTORIC -> { }
        }
        return o;
    }

    /** V2 futures spell the cancelled state with one l. */
    static String status(OrderStatus status) {
        return switch (status) {
            case LIVE -> "live";
            case PARTIALLY_FILLED -> "partially_filled";
            case FILLED -> "filled";
            case CANCELLED -> "canceled";
        };
    }

    private static String orderSource(FuturesOrderView v) {
        return switch (v.origin()) {
            case USER -> v.market() ? "market" : "normal";
            case REVERSAL -> "reverse";
            case FLASH_CLOSE -> "market";
        };
    }

    private static JsonObject ids(FuturesOrderView order) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", order.orderId());
        o.addProperty("clientOid", order.clientOid());
        return o;
    }

    static JsonObject failure(@Nullable String orderId, @Nullable String clientOid, RuntimeException e) {
        ApiError error = e instanceof FuturesException f ? FuturesWireV2.translate(f)
                : e instanceof ApiError a ? a : ApiError.badRequest("40015", "System is abnormal, please try again later");
        JsonObject failure = new JsonObject();
        failure.addProperty("orderId", orderId == null ? "" : orderId);
        failure.addProperty("clientOid", clientOid == null ? "" : clientOid);
        failure.addProperty("errorMsg", error.getMessage());
        failure.addProperty("errorCode", error.code());
        return failure;
    }

    static JsonObject batchResult(JsonArray successList, JsonArray failureList) {
        JsonObject o = new JsonObject();
        o.add("successList", successList);
        o.add("failureList", failureList);
        return o;
    }
}
