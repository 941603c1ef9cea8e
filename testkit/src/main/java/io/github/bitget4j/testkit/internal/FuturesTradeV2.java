package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV2.guarded;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * V2 futures orders ({@code /api/v2/mix/order/...}): placing, changing, cancelling, closing; all private. Reading
 * orders and fills is in {@link FuturesOrdersV2}, plan orders in {@link FuturesPlanV2}.
 */
final class FuturesTradeV2 {

    /** Bitget accepts at most 50 orders in one futures batch. */
    private static final int MAX_BATCH = 50;

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;
    private final FuturesClosing closing;

    FuturesTradeV2(FuturesEngine engine, FuturesPortfolio portfolio, FuturesClosing closing) {
        this.engine = engine;
        this.portfolio = portfolio;
        this.closing = closing;
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
    }

    FuturesAccount account(ApiCall call) {
        return engine.account(call.account().apiKey);
    }

    /** The symbol of a request whose product type must be USDT-M (the only one with contracts). */
    static String usdtSymbol(Params p) {
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
        return ids(closing.reverse(account(call), symbol, reversed, size, p.optional("clientOid")));
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
        for (FuturesClosing.CloseOutcome outcome : closing.flashClose(account(call), symbol, side)) {
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

    // ---- JSON

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
