package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** V3 (unified account) account and spot trading, all private, over the same market and balances as V2. */
final class TradeV3 {

    private static final int MAX_BATCH = 50;

    private final Exchange exchange;

    TradeV3(Exchange exchange) {
        this.exchange = exchange;
    }

    void register(Routes routes) {
        ApiVersion v3 = ApiVersion.V3;
        routes.get("/api/v3/account/assets", Auth.PRIVATE, v3, this::assets);
        routes.get("/api/v3/account/info", Auth.PRIVATE, v3, this::info);
        routes.post("/api/v3/trade/place-order", Auth.PRIVATE, v3, this::placeOrder);
        routes.post("/api/v3/trade/cancel-order", Auth.PRIVATE, v3, this::cancelOrder);
        routes.get("/api/v3/trade/order-info", Auth.PRIVATE, v3, this::orderInfo);
        routes.get("/api/v3/trade/unfilled-orders", Auth.PRIVATE, v3, this::unfilledOrders);
        routes.post("/api/v3/trade/place-batch", Auth.PRIVATE, v3, this::placeBatch);
    }

    /** Equity in USD (USDT counted 1:1), every held coin valued at its USDT pair's last price. */
    private JsonObject assets(ApiCall call) {
        List<BalanceSnapshot> balances = exchange.balances(call.account());
        BigDecimal equity = BigDecimal.ZERO;
        JsonArray assets = new JsonArray();
        for (BalanceSnapshot b : balances) {
            if (b.total().signum() == 0) {
                continue;
            }
            BigDecimal usd = b.total().multiply(exchange.usdtPrice(b.coin())).setScale(4, RoundingMode.HALF_UP);
            equity = equity.add(usd);
            JsonObject a = new JsonObject();
            a.addProperty("coin", b.coin());
            a.addProperty("equity", decimal(b.total()));
            a.addProperty("usdValue", decimal(usd));
            a.addProperty("balance", decimal(b.total()));
            a.addProperty("available", decimal(b.available()));
            a.addProperty("debt", "0");
            a.addProperty("locked", decimal(b.frozen()));
            assets.add(a);
        }
        BigDecimal btcPrice = exchange.usdtPrice("BTC");
        JsonObject o = new JsonObject();
        o.addProperty("accountEquity", decimal(equity));
        o.addProperty("usdtEquity", decimal(equity));
        o.addProperty("btcEquity", decimal(btcPrice.signum() == 0 ? BigDecimal.ZERO : equity.divide(btcPrice, 8, RoundingMode.HALF_UP)));
        o.addProperty("unrealisedPnl", "0");
        o.addProperty("usdtUnrealisedPnl", "0");
        o.addProperty("btcUnrealizedPnl", "0");
        o.addProperty("effEquity", decimal(equity));
        o.addProperty("mmr", "0");
        o.addProperty("imr", "0");
        o.addProperty("mgnRatio", "0");
        o.addProperty("positionMgnRatio", "0");
        o.add("assets", assets);
        return o;
    }

    private JsonObject info(ApiCall call) {
        Account account = call.account();
        JsonObject o = new JsonObject();
        o.addProperty("userId", account.userId);
        o.addProperty("inviterId", "");
        o.addProperty("parentId", "");
        o.addProperty("channelCode", "");
        o.addProperty("channel", "");
        o.addProperty("ips", "");
        o.addProperty("permType", "read-and-write");
        o.add("permissions", Json.strings("uta_mgt", "uta_trade"));
        o.addProperty("regisTime", Long.toString(account.createdTime));
        return o;
    }

    private JsonObject placeOrder(ApiCall call) {
        return ids(exchange.place(call.account(), orderRequest(call.params())));
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
            JsonObject result;
            try {
                result = ids(exchange.place(call.account(), orderRequest(p)));
                result.addProperty("code", Json.SUCCESS);
                result.addProperty("msg", "success");
            } catch (ApiError | MarketException e) {
                ApiError error = e instanceof MarketException m ? ApiVersion.V3.translate(m) : (ApiError) e;
                result = new JsonObject();
                result.addProperty("orderId", "");
                String clientOid = p.optional("clientOid");
                result.addProperty("clientOid", clientOid == null ? "" : clientOid);
                result.addProperty("code", error.code());
                result.addProperty("msg", error.getMessage());
            }
            results.add(result);
        }
        return results;
    }

    private JsonObject cancelOrder(ApiCall call) {
        Params p = call.params();
        MarketV3.isSpot(p, false);
        return ids(exchange.cancel(call.account(), p.optional("symbol"), orderId(p), p.optional("clientOid")));
    }

    private JsonObject orderInfo(ApiCall call) {
        Params p = call.params();
        return order(exchange.order(call.account(), orderId(p), p.optional("clientOid")), true);
    }

    /** Open orders newest first, paged by {@code cursor} (the last order id of the previous page). */
    private JsonObject unfilledOrders(ApiCall call) {
        Params p = call.params();
        JsonArray list = new JsonArray();
        String next = "";
        if (MarketV3.isSpot(p, false)) {
            Long cursor = p.optionalLong("cursor");
            Long startTime = p.optionalLong("startTime");
            Long endTime = p.optionalLong("endTime");
            int limit = p.intOr("limit", 100, 1, 100);
            for (OrderSnapshot o : exchange.openOrders(call.account(), p.optional("symbol"))) {
                if (cursor != null && Long.parseLong(o.orderId()) >= cursor
                        || startTime != null && o.createdTime() < startTime
                        || endTime != null && o.createdTime() > endTime) {
                    continue;
                }
                if (list.size() == limit) {
                    next = list.get(limit - 1).getAsJsonObject().get("orderId").getAsString();
                    break;
                }
                list.add(order(o, false));
            }
        }
        JsonObject o = new JsonObject();
        o.add("list", list);
        o.addProperty("cursor", next);
        return o;
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
