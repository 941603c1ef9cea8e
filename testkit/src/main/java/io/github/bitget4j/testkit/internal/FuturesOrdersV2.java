package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV2.guarded;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.putDecimal;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.time;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.OrderStatus;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.util.List;
import java.util.function.Predicate;

/** Reading V2 futures orders and fills ({@code /api/v2/mix/order/...}): one order, open and finished pages, fills. */
final class FuturesOrdersV2 {

    /** Which of the three V2 order records to write; they differ in a few members. */
    private enum Shape { DETAIL, OPEN, HISTORIC }

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;

    FuturesOrdersV2(FuturesEngine engine, FuturesPortfolio portfolio) {
        this.engine = engine;
        this.portfolio = portfolio;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.get("/api/v2/mix/order/detail", Auth.PRIVATE, v2, guarded(this::detail));
        routes.get("/api/v2/mix/order/orders-pending", Auth.PRIVATE, v2, guarded(this::ordersPending));
        routes.get("/api/v2/mix/order/orders-history", Auth.PRIVATE, v2, guarded(this::ordersHistory));
        routes.get("/api/v2/mix/order/fills", Auth.PRIVATE, v2, guarded(this::fills));
        routes.get("/api/v2/mix/order/fill-history", Auth.PRIVATE, v2, guarded(this::fills));
    }

    private JsonObject detail(ApiCall call) {
        Params p = call.params();
        String symbol = FuturesTradeV2.usdtSymbol(p);
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        if (orderId == null && clientOid == null) {
            throw ApiError.missingParameter("orderId");
        }
        return order(engine.order(engine.account(call.account().apiKey), symbol, orderId, clientOid), Shape.DETAIL);
    }

    private JsonObject ordersPending(ApiCall call) {
        Params p = call.params();
        String status = p.optional("status") == null ? null : p.requiredChoice("status", "live", "partially_filled");
        return orderPage(call, p, o -> o.status().isOpen()
                && (status == null || status(o.status()).equals(status)), Shape.OPEN);
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
        List<FuturesOrderView> orders = !usdt ? List.of() : engine.orders(engine.account(call.account().apiKey), o -> accepted.test(o)
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
        List<FuturesFill> fills = !usdt ? List.of() : portfolio.fills(engine.account(call.account().apiKey)).stream()
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
}
