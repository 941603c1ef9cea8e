package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * V3 (unified account) orders, all private: spot on the same market and balances as V2, futures
 * ({@code category=USDT-FUTURES}) handed to {@link FuturesTradeV3} on the same futures engine as V2. A call
 * without a category (cancel, order info, open orders) looks at both.
 */
final class TradeV3 {

    private static final int MAX_BATCH = 50;
    /** Bitget cancels at most 20 orders in one V3 batch. */
    private static final int MAX_CANCEL_BATCH = 20;

    /** One order of a list, with what paging orders it by. */
    record Row(String id, long time, JsonObject json) {
    }

    private final Exchange exchange;
    private final FuturesTradeV3 futures;

    TradeV3(Exchange exchange, FuturesTradeV3 futures) {
        this.exchange = exchange;
        this.futures = futures;
    }

    void register(Routes routes) {
        ApiVersion v3 = ApiVersion.V3;
        routes.post("/api/v3/trade/place-order", Auth.PRIVATE, v3, FuturesWireV3.guarded(this::placeOrder));
        routes.post("/api/v3/trade/cancel-order", Auth.PRIVATE, v3, FuturesWireV3.guarded(this::cancelOrder));
        routes.get("/api/v3/trade/order-info", Auth.PRIVATE, v3, FuturesWireV3.guarded(this::orderInfo));
        routes.get("/api/v3/trade/unfilled-orders", Auth.PRIVATE, v3, FuturesWireV3.guarded(this::unfilledOrders));
        routes.post("/api/v3/trade/place-batch", Auth.PRIVATE, v3, FuturesWireV3.guarded(this::placeBatch));
        routes.post("/api/v3/trade/cancel-batch", Auth.PRIVATE, v3, FuturesWireV3.guarded(this::cancelBatch));
        routes.post("/api/v3/trade/cancel-symbol-order", Auth.PRIVATE, v3, FuturesWireV3.guarded(this::cancelAll));
    }

    private JsonObject placeOrder(ApiCall call) {
        return place(call.account(), call.params());
    }

    private JsonObject place(Account account, Params p) {
        if (FuturesWireV3.isFutures(p.optional("category"))) {
            return futures.place(account, p);
        }
        return ids(exchange.place(account, orderRequest(p)));
    }

    /** A JSON array of orders; each gets its own result with code {@code 00000} or the error. */
    private JsonArray placeBatch(ApiCall call) {
        JsonArray orders = call.bodyArray();
        if (orders.isEmpty()) {
            throw ApiError.missingParameter("orderList");
        }
        if (orders.size() > MAX_BATCH) {
            throw ApiError.invalidParameter("orderList");
        }
        JsonArray results = new JsonArray();
        for (JsonElement item : orders) {
            Params p = item.isJsonObject() ? Params.ofJson(item.getAsJsonObject()) : Params.ofQuery("");
            try {
                results.add(succeeded(place(call.account(), p)));
            } catch (ApiError | MarketException | FuturesException e) {
                results.add(failed(p.optional("clientOid"), refusal(e)));
            }
        }
        return results;
    }

    /** Cancels each listed order on its own; every element names its category and symbol. */
    private JsonArray cancelBatch(ApiCall call) {
        JsonArray refs = call.bodyArray();
        if (refs.isEmpty()) {
            throw ApiError.missingParameter("orderList");
        }
        if (refs.size() > MAX_CANCEL_BATCH) {
            throw ApiError.invalidParameter("orderList");
        }
        JsonArray results = new JsonArray();
        for (JsonElement item : refs) {
            Params p = item.isJsonObject() ? Params.ofJson(item.getAsJsonObject()) : Params.ofQuery("");
            try {
                boolean spot = MarketV3.isSpot(p, true);
                String symbol = p.required("symbol");
                String orderId = orderId(p);
                String category = p.required("category");
                if (!spot && !FuturesWireV3.isUsdtFutures(category)) {
                    throw new MarketException(MarketException.Reason.ORDER_NOT_FOUND, String.valueOf(orderId)); // nothing there
                }
                results.add(succeeded(spot ? ids(exchange.cancel(call.account(), symbol, orderId, p.optional("clientOid")))
                        : futures.cancel(call.account(), symbol, orderId, p.optional("clientOid"))));
            } catch (ApiError | MarketException | FuturesException e) {
                results.add(failed(p.optional("clientOid"), refusal(e)));
            }
        }
        return results;
    }

    /** Cancels every open order of the category (of one symbol when given); one result per order. */
    private JsonObject cancelAll(ApiCall call) {
        Params p = call.params();
        String symbol = p.optional("symbol");
        JsonArray list;
        if (MarketV3.isSpot(p, true)) {
            list = new JsonArray();
            for (OrderSnapshot o : exchange.openOrders(call.account(), symbol == null ? null : exchange.spec(symbol).symbol())) {
                list.add(succeeded(ids(exchange.cancel(call.account(), null, o.orderId(), null))));
            }
        } else if (FuturesWireV3.isUsdtFutures(p.required("category"))) {
            list = futures.cancelAll(call.account(), symbol);
        } else {
            list = new JsonArray(); // MARGIN and the other futures lines have no orders here
        }
        JsonObject o = new JsonObject();
        o.add("list", list);
        return o;
    }

    static JsonObject succeeded(JsonObject ids) {
        ids.addProperty("code", Json.SUCCESS);
        ids.addProperty("msg", "success");
        return ids;
    }

    /** A BatchOrderResult for an order that was refused. */
    static JsonObject failed(@Nullable String clientOid, ApiError error) {
        JsonObject result = new JsonObject();
        result.addProperty("orderId", "");
        result.addProperty("clientOid", clientOid == null ? "" : clientOid);
        result.addProperty("code", error.code());
        result.addProperty("msg", error.getMessage());
        return result;
    }

    private static ApiError refusal(RuntimeException e) {
        return switch (e) {
            case MarketException m -> ApiVersion.V3.translate(m);
            case FuturesException f -> FuturesWireV3.translate(f);
            case ApiError a -> a;
            default -> throw e;
        };
    }

    /** With a category, in that market; without one, the spot order of that id, else the futures one. */
    private JsonObject cancelOrder(ApiCall call) {
        Params p = call.params();
        String category = p.optional("category");
        String orderId = orderId(p);
        String clientOid = p.optional("clientOid");
        if (FuturesWireV3.isFutures(category)) {
            if (!FuturesWireV3.usdtFutures(category)) {
                throw new FuturesException(FuturesException.Reason.ORDER_NOT_FOUND, String.valueOf(orderId));
            }
            return futures.cancel(call.account(), p.optional("symbol"), orderId, clientOid);
        }
        try {
            return ids(exchange.cancel(call.account(), p.optional("symbol"), orderId, clientOid));
        } catch (MarketException e) {
            if (category != null || e.reason() != MarketException.Reason.ORDER_NOT_FOUND) {
                throw e;
            }
            return futures.cancel(call.account(), p.optional("symbol"), orderId, clientOid);
        }
    }

    private JsonObject orderInfo(ApiCall call) {
        Params p = call.params();
        String orderId = orderId(p);
        try {
            return order(exchange.order(call.account(), orderId, p.optional("clientOid")), true);
        } catch (MarketException notSpot) {
            JsonObject order = futures.orderInfo(call.account(), orderId, p.optional("clientOid"));
            if (order == null) {
                throw notSpot;
            }
            return order;
        }
    }

    /** Open orders by descending id (futures ids are above spot ids), paged by {@code cursor}: the last id of a page. */
    private JsonObject unfilledOrders(ApiCall call) {
        Params p = call.params();
        String category = p.optional("category");
        String symbol = p.optional("symbol");
        List<Row> rows = new ArrayList<>();
        if (MarketV3.isSpot(p, false)) {
            for (OrderSnapshot o : exchange.openOrders(call.account(), symbol)) {
                rows.add(new Row(o.orderId(), o.createdTime(), order(o, false)));
            }
        }
        if (category == null || FuturesWireV3.isUsdtFutures(category)) {
            rows.addAll(futures.openOrders(call.account(), symbol));
        }
        rows.sort(Comparator.comparing((Row r) -> Long.parseLong(r.id())).reversed());
        return FuturesWireV3.page(rows, p, Row::id, Row::time, 100).json(Row::json);
    }

    /** OrderInfoV3, or UnfilledOrderV3 (the same without cancelReason and execType). */
    private JsonObject order(OrderSnapshot o, boolean withOutcome) {
        JsonObject e = new JsonObject();
        e.addProperty("orderId", o.orderId());
        e.addProperty("clientOid", o.clientOid());
        e.addProperty("category", "SPOT");
        e.addProperty("symbol", o.symbol());
        e.addProperty("orderType", o.orderType());
        e.addProperty("side", o.side());
        e.addProperty("price", o.price() == null ? "0" : decimal(o.price()));
        e.addProperty("qty", decimal(o.size()));
        e.addProperty("amount", o.sizeIsQuote() ? decimal(o.size()) : "0");
        e.addProperty("cumExecQty", decimal(o.filledSize()));
        e.addProperty("cumExecValue", decimal(o.filledValue()));
        e.addProperty("avgPrice", decimal(o.averagePrice()));
        e.addProperty("timeInForce", o.timeInForce());
        e.addProperty("orderStatus", o.status().wireName());
        e.addProperty("posSide", "");
        e.addProperty("holdMode", "");
        e.addProperty("reduceOnly", "no");
        JsonObject fee = new JsonObject();
        SymbolSpec spec = exchange.spec(o.symbol());
        fee.addProperty("feeCoin", o.side().equals("buy") ? spec.baseCoin() : spec.quoteCoin()); // spot fees are paid in the coin received
        fee.addProperty("fee", "0");
        JsonArray fees = new JsonArray();
        fees.add(fee);
        e.add("feeDetail", fees);
        if (withOutcome) {
            e.addProperty("cancelReason", o.cancelReason());
            e.addProperty("execType", "normal");
        }
        e.addProperty("stpMode", "none");
        e.addProperty("createdTime", Long.toString(o.createdTime()));
        e.addProperty("updatedTime", Long.toString(o.updatedTime()));
        return e;
    }

    static @Nullable String orderId(Params p) {
        String orderId = p.optional("orderId");
        if (orderId == null && p.optional("clientOid") == null) {
            throw ApiError.missingParameter("orderId");
        }
        return orderId;
    }

    /** Reads a V3 order; {@code qty} is a quote amount for market buys, as in V2. */
    static OrderRequest orderRequest(Params p) {
        boolean spot = MarketV3.isSpot(p, true);
        String symbol = p.required("symbol");
        if (!spot) {
            throw new MarketException(MarketException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        boolean buy = p.requiredChoice("side", "buy", "sell").equals("buy");
        boolean market = p.requiredChoice("orderType", "limit", "market").equals("market");
        String force = p.optional("timeInForce") == null ? "gtc" : p.requiredChoice("timeInForce", "gtc", "post_only", "fok", "ioc");
        BigDecimal price = market ? null : p.requiredPositive("price");
        BigDecimal qty = p.requiredPositive("qty");
        return new OrderRequest(symbol, buy, market, force, price, qty, p.optional("clientOid"));
    }

    private static JsonObject ids(OrderSnapshot order) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", order.orderId());
        o.addProperty("clientOid", order.clientOid());
        return o;
    }
}
