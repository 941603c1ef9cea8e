package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** V2 spot account and trading (classic account), all private. */
final class SpotTradeV2 {

    /** Bitget accepts at most 50 orders in one spot batch. */
    private static final int MAX_BATCH = 50;
    /**
     * Bitget sends {@code feeDetail} as a JSON document inside a string (not as an object, whatever some
     * typings say). The testkit charges no fees.
     */
    private static final String NO_FEES = "{\"newFees\":{\"c\":0,\"d\":0,\"deduction\":false,\"r\":0,\"t\":0,\"totalDeductionFee\":0}}";

    private final Exchange exchange;

    SpotTradeV2(Exchange exchange) {
        this.exchange = exchange;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.get("/api/v2/spot/account/assets", Auth.PRIVATE, v2, this::assets);
        routes.post("/api/v2/spot/trade/place-order", Auth.PRIVATE, v2, this::placeOrder);
        routes.post("/api/v2/spot/trade/batch-orders", Auth.PRIVATE, v2, this::batchOrders);
        routes.post("/api/v2/spot/trade/cancel-order", Auth.PRIVATE, v2, this::cancelOrder);
        routes.get("/api/v2/spot/trade/orderInfo", Auth.PRIVATE, v2, this::orderInfo);
        routes.get("/api/v2/spot/trade/unfilled-orders", Auth.PRIVATE, v2, this::unfilledOrders);
    }

    /** Coins the account holds; with {@code coin}, just that coin (zero when never held). */
    private JsonArray assets(ApiCall call) {
        Account account = call.account();
        String coin = call.params().optional("coin");
        JsonArray list = new JsonArray();
        if (coin != null) {
            list.add(asset(account, exchange.balance(account, coin)));
            return list;
        }
        for (BalanceSnapshot b : exchange.balances(account)) {
            if (b.total().signum() != 0) {
                list.add(asset(account, b));
            }
        }
        return list;
    }

    private JsonObject asset(Account account, BalanceSnapshot b) {
        JsonObject o = new JsonObject();
        o.addProperty("coin", b.coin());
        o.addProperty("available", decimal(b.available()));
        o.addProperty("frozen", decimal(b.frozen()));
        o.addProperty("locked", "0");
        o.addProperty("limitAvailable", "0");
        o.addProperty("uTime", Long.toString(exchange.balanceUpdatedTime(account, b.coin())));
        return o;
    }

    private JsonObject placeOrder(ApiCall call) {
        OrderSnapshot order = exchange.place(call.account(), orderRequest(call.params(), null));
        return ids(order);
    }

    /** Places each order on its own; one failing does not stop the others. */
    private JsonObject batchOrders(ApiCall call) {
        JsonElement body = call.bodyJson();
        if (body == null || !body.isJsonObject()) {
            throw ApiError.missingParameter("orderList");
        }
        JsonObject request = body.getAsJsonObject();
        String symbol = Params.ofJson(request).optional("symbol");
        JsonElement orderList = request.get("orderList");
        if (orderList == null || !orderList.isJsonArray() || orderList.getAsJsonArray().isEmpty()) {
            throw ApiError.missingParameter("orderList");
        }
        if (orderList.getAsJsonArray().size() > MAX_BATCH) {
            throw ApiError.invalidParameter("orderList");
        }
        JsonArray successList = new JsonArray();
        JsonArray failureList = new JsonArray();
        for (JsonElement item : orderList.getAsJsonArray()) {
            Params p = item.isJsonObject() ? Params.ofJson(item.getAsJsonObject()) : Params.ofQuery("");
            try {
                successList.add(ids(exchange.place(call.account(), orderRequest(p, symbol))));
            } catch (ApiError | MarketException e) {
                ApiError error = e instanceof MarketException m ? ApiVersion.V2.translate(m) : (ApiError) e;
                JsonObject failure = new JsonObject();
                failure.addProperty("orderId", "");
                failure.addProperty("clientOid", p.optional("clientOid") == null ? "" : p.optional("clientOid"));
                failure.addProperty("errorMsg", error.getMessage());
                failure.addProperty("errorCode", error.code());
                failureList.add(failure);
            }
        }
        JsonObject o = new JsonObject();
        o.add("successList", successList);
        o.add("failureList", failureList);
        return o;
    }

    private JsonObject cancelOrder(ApiCall call) {
        Params p = call.params();
        String symbol = p.required("symbol");
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        return ids(exchange.cancel(call.account(), symbol, orderId, clientOid));
    }

    /** A list with the one order, as Bitget answers. */
    private JsonArray orderInfo(ApiCall call) {
        Params p = call.params();
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        Account account = call.account();
        JsonArray list = new JsonArray();
        list.add(orderInfo(account, exchange.order(account, orderId, clientOid)));
        return list;
    }

    /** One order as the V2 order detail and order history list it. */
    static JsonObject orderInfo(Account account, OrderSnapshot o) {
        JsonObject info = new JsonObject();
        info.addProperty("userId", account.userId);
        info.addProperty("symbol", o.symbol());
        info.addProperty("orderId", o.orderId());
        info.addProperty("clientOid", o.clientOid());
        info.addProperty("price", o.price() == null ? "0" : decimal(o.price()));
        info.addProperty("size", decimal(o.size()));
        info.addProperty("orderType", o.orderType());
        info.addProperty("side", o.side());
        info.addProperty("status", o.status().wireName());
        info.addProperty("priceAvg", decimal(o.averagePrice()));
        info.addProperty("baseVolume", decimal(o.filledSize()));
        info.addProperty("quoteVolume", decimal(o.filledValue()));
        info.addProperty("enterPointSource", "API");
        info.addProperty("feeDetail", NO_FEES);
        info.addProperty("orderSource", "normal");
        info.addProperty("cancelReason", o.cancelReason());
        info.addProperty("cTime", Long.toString(o.createdTime()));
        info.addProperty("uTime", Long.toString(o.updatedTime()));
        return info;
    }

    /** Open orders, newest first; {@code idLessThan} pages backwards by order id. */
    private JsonArray unfilledOrders(ApiCall call) {
        Params p = call.params();
        Account account = call.account();
        String symbol = p.optional("symbol");
        Long idLessThan = p.optionalLong("idLessThan");
        int limit = p.intOr("limit", 100, 1, 100);
        JsonArray list = new JsonArray();
        for (OrderSnapshot o : exchange.openOrders(account, symbol)) {
            if (list.size() == limit) {
                break;
            }
            if (idLessThan != null && Long.parseLong(o.orderId()) >= idLessThan) {
                continue;
            }
            JsonObject e = new JsonObject();
            e.addProperty("userId", account.userId);
            e.addProperty("symbol", o.symbol());
            e.addProperty("orderId", o.orderId());
            e.addProperty("clientOid", o.clientOid());
            // Bitget names these oddly in this endpoint: priceAvg is the order's price, basePrice the average fill
            e.addProperty("priceAvg", o.price() == null ? "0" : decimal(o.price()));
            e.addProperty("size", decimal(o.size()));
            e.addProperty("orderType", o.orderType());
            e.addProperty("side", o.side());
            e.addProperty("status", o.status().wireName());
            e.addProperty("basePrice", decimal(o.averagePrice()));
            e.addProperty("baseVolume", decimal(o.filledSize()));
            e.addProperty("quoteVolume", decimal(o.filledValue()));
            e.addProperty("enterPointSource", "API");
            e.addProperty("orderSource", "normal");
            e.addProperty("presetTakeProfitPrice", "");
            e.addProperty("executeTakeProfitPrice", "");
            e.addProperty("presetStopLossPrice", "");
            e.addProperty("executeStopLossPrice", "");
            e.addProperty("cTime", Long.toString(o.createdTime()));
            e.addProperty("uTime", Long.toString(o.updatedTime()));
            e.addProperty("tpslType", "normal");
            e.add("triggerPrice", JsonNull.INSTANCE);
            list.add(e);
        }
        return list;
    }

    /**
     * Reads a V2 order. {@code force} is required for limit orders and ignored for market orders;
     * {@code size} is a quote amount for market buys.
     */
    private static OrderRequest orderRequest(Params p, @Nullable String defaultSymbol) {
        String symbol = p.optional("symbol");
        if (symbol == null) {
            symbol = defaultSymbol;
        }
        if (symbol == null) {
            throw ApiError.missingParameter("symbol");
        }
        boolean buy = p.requiredChoice("side", "buy", "sell").equals("buy");
        boolean market = p.requiredChoice("orderType", "limit", "market").equals("market");
        String force = market ? "gtc" : p.requiredChoice("force", "gtc", "post_only", "fok", "ioc");
        BigDecimal price = market ? null : p.requiredPositive("price");
        BigDecimal size = p.requiredPositive("size");
        return new OrderRequest(symbol, buy, market, force, price, size, p.optional("clientOid"));
    }

    private static JsonObject ids(OrderSnapshot order) {
        JsonObject o = new JsonObject();
        o.addProperty("orderId", order.orderId());
        o.addProperty("clientOid", order.clientOid());
        return o;
    }
}
