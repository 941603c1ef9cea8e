package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.OrderSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The data objects of WebSocket pushes, V2 and V3, with Bitget's field names. */
final class WsPushes {

    private final Exchange exchange;

    WsPushes(Exchange exchange) {
        this.exchange = exchange;
    }

    /** {@code {"action":..,"arg":..,"data":[..],"ts":..}} as text. */
    static String push(String action, JsonObject arg, JsonArray data, long ts) {
        JsonObject push = new JsonObject();
        push.addProperty("action", action);
        push.add("arg", arg);
        push.add("data", data);
        push.addProperty("ts", ts);
        return Json.GSON.toJson(push);
    }

    static JsonArray one(JsonElement element) {
        JsonArray array = new JsonArray(1);
        array.add(element);
        return array;
    }

    JsonObject ticker(boolean v3, String symbol, long now) {
        Ticker t = Ticker.of(exchange, exchange.spec(symbol), now);
        JsonObject o = new JsonObject();
        if (v3) {
            o.addProperty("symbol", symbol);
            o.addProperty("lastPrice", decimal(t.last()));
            o.addProperty("openPrice24h", decimal(t.open24h()));
            o.addProperty("highPrice24h", decimal(t.high24h()));
            o.addProperty("lowPrice24h", decimal(t.low24h()));
            o.addProperty("bid1Price", decimal(t.bestBid().price()));
            o.addProperty("bid1Size", decimal(t.bestBid().size()));
            o.addProperty("ask1Price", decimal(t.bestAsk().price()));
            o.addProperty("ask1Size", decimal(t.bestAsk().size()));
            o.addProperty("price24hPcnt", decimal(t.change24h()));
            o.addProperty("volume24h", decimal(t.baseVolume()));
            o.addProperty("turnover24h", decimal(t.quoteVolume()));
        } else {
            o.addProperty("instId", symbol);
            o.addProperty("lastPr", decimal(t.last()));
            o.addProperty("open24h", decimal(t.open24h()));
            o.addProperty("high24h", decimal(t.high24h()));
            o.addProperty("low24h", decimal(t.low24h()));
            o.addProperty("change24h", decimal(t.change24h()));
            o.addProperty("bidPr", decimal(t.bestBid().price()));
            o.addProperty("askPr", decimal(t.bestAsk().price()));
            o.addProperty("bidSz", decimal(t.bestBid().size()));
            o.addProperty("askSz", decimal(t.bestAsk().size()));
            o.addProperty("baseVolume", decimal(t.baseVolume()));
            o.addProperty("quoteVolume", decimal(t.quoteVolume()));
            o.addProperty("openUtc", decimal(t.openUtc()));
            o.addProperty("changeUtc24h", decimal(t.changeUtc()));
        }
        o.addProperty("ts", Long.toString(now));
        return o;
    }

    static JsonObject trade(boolean v3, MarketEvent.Traded trade) {
        JsonObject o = new JsonObject();
        if (v3) {
            o.addProperty("i", trade.tradeId());
            o.addProperty("p", decimal(trade.price()));
            o.addProperty("v", decimal(trade.quantity()));
            o.addProperty("S", trade.side());
            o.addProperty("T", Long.toString(trade.ts()));
        } else {
            o.addProperty("ts", Long.toString(trade.ts()));
            o.addProperty("price", decimal(trade.price()));
            o.addProperty("size", decimal(trade.quantity()));
            o.addProperty("side", trade.side());
            o.addProperty("tradeId", trade.tradeId());
        }
        return o;
    }

    /** V2 spot {@code orders} channel, for one execution: the order's state with the fill's details. */
    JsonObject orderV2(MarketEvent.Filled fill) {
        JsonObject e = orderV2(fill.order());
        e.addProperty("tradeId", fill.tradeId());
        e.addProperty("fillPrice", decimal(fill.price()));
        e.addProperty("baseVolume", decimal(fill.quantity()));
        e.addProperty("fillTime", Long.toString(fill.ts()));
        e.addProperty("fillFee", "0");
        SymbolSpec spec = exchange.spec(fill.order().symbol());
        e.addProperty("fillFeeCoin", fill.order().side().equals("buy") ? spec.baseCoin() : spec.quoteCoin());
        e.addProperty("tradeScope", fill.maker() ? "maker" : "taker");
        return e;
    }

    /** V2 {@code fill} channel, spot: one execution of the account. */
    JsonObject fillV2(MarketEvent.Filled fill) {
        OrderSnapshot o = fill.order();
        JsonObject e = new JsonObject();
        e.addProperty("orderId", o.orderId());
        e.addProperty("tradeId", fill.tradeId());
        e.addProperty("symbol", o.symbol());
        e.addProperty("orderType", o.orderType());
        e.addProperty("side", o.side());
        e.addProperty("priceAvg", decimal(fill.price()));
        e.addProperty("size", decimal(fill.quantity()));
        e.addProperty("amount", decimal(fill.price().multiply(fill.quantity())));
        e.addProperty("tradeScope", fill.maker() ? "maker" : "taker");
        e.add("feeDetail", fees(o));
        e.addProperty("cTime", Long.toString(fill.ts()));
        e.addProperty("uTime", Long.toString(fill.ts()));
        return e;
    }

    /**
     * V2 {@code orders-crossed} / {@code orders-isolated}: the testkit lends nothing, so a margin order is a spot order
     * of the symbol, shown with Bitget's margin fields ({@code loanType} normal: no auto-borrow).
     */
    static JsonObject marginOrder(JsonObject spotOrder) {
        JsonObject e = spotOrder.deepCopy();
        e.remove("stpMode");
        e.addProperty("loanType", "normal");
        return e;
    }

    /** V2 spot {@code orders} channel. */
    static JsonObject orderV2(OrderSnapshot o) {
        JsonObject e = new JsonObject();
        e.addProperty("instId", o.symbol());
        e.addProperty("orderId", o.orderId());
        e.addProperty("clientOid", o.clientOid());
        e.addProperty("price", o.price() == null ? "0" : decimal(o.price()));
        e.addProperty("size", decimal(o.size()));
        e.addProperty("notional", o.sizeIsQuote() ? decimal(o.size()) : "0");
        e.addProperty("orderType", o.orderType());
        e.addProperty("force", o.timeInForce());
        e.addProperty("side", o.side());
        e.addProperty("accBaseVolume", decimal(o.filledSize()));
        e.addProperty("priceAvg", decimal(o.averagePrice()));
        e.addProperty("status", o.status().wireName());
        e.addProperty("cTime", Long.toString(o.createdTime()));
        e.addProperty("uTime", Long.toString(o.updatedTime()));
        e.addProperty("stpMode", "none");
        e.add("feeDetail", new JsonArray());
        e.addProperty("enterPointSource", "API");
        return e;
    }

    /** V3 {@code order} topic. */
    JsonObject orderV3(OrderSnapshot o) {
        JsonObject e = new JsonObject();
        e.addProperty("category", "spot");
        e.addProperty("symbol", o.symbol());
        e.addProperty("orderId", o.orderId());
        e.addProperty("clientOid", o.clientOid());
        e.addProperty("price", o.price() == null ? "0" : decimal(o.price()));
        e.addProperty("qty", decimal(o.size()));
        e.addProperty("amount", o.sizeIsQuote() ? decimal(o.size()) : "0");
        e.addProperty("orderType", o.orderType());
        e.addProperty("timeInForce", o.timeInForce());
        e.addProperty("side", o.side());
        e.addProperty("reduceOnly", "no");
        e.addProperty("cumExecQty", decimal(o.filledSize()));
        e.addProperty("cumExecValue", decimal(o.filledValue()));
        e.addProperty("avgPrice", decimal(o.averagePrice()));
        e.addProperty("totalProfit", "0");
        e.addProperty("orderStatus", o.status().wireName());
        e.addProperty("cancelReason", o.cancelReason());
        e.add("feeDetail", fees(o));
        e.addProperty("stpMode", "none");
        e.addProperty("createdTime", Long.toString(o.createdTime()));
        e.addProperty("updatedTime", Long.toString(o.updatedTime()));
        return e;
    }

    /** V3 {@code fill} topic. */
    JsonObject fillV3(MarketEvent.Filled fill) {
        OrderSnapshot o = fill.order();
        JsonObject e = new JsonObject();
        e.addProperty("category", "spot");
        e.addProperty("orderId", o.orderId());
        e.addProperty("clientOid", o.clientOid());
        e.addProperty("execId", fill.tradeId());
        e.addProperty("symbol", o.symbol());
        e.addProperty("orderType", o.orderType());
        e.addProperty("side", o.side());
        e.addProperty("execPrice", decimal(fill.price()));
        e.addProperty("execQty", decimal(fill.quantity()));
        e.addProperty("execValue", decimal(fill.price().multiply(fill.quantity())));
        e.addProperty("tradeScope", fill.maker() ? "maker" : "taker");
        e.add("feeDetail", fees(o));
        e.addProperty("execPnl", "0");
        e.addProperty("createdTime", Long.toString(fill.ts()));
        e.addProperty("updatedTime", Long.toString(fill.ts()));
        return e;
    }

    private JsonArray fees(OrderSnapshot o) {
        SymbolSpec spec = exchange.spec(o.symbol());
        JsonObject fee = new JsonObject();
        fee.addProperty("feeCoin", o.side().equals("buy") ? spec.baseCoin() : spec.quoteCoin());
        fee.addProperty("fee", "0");
        return one(fee);
    }

    /** V2 spot {@code account} channel: one entry per coin held. */
    static JsonArray accountV2(List<BalanceSnapshot> balances, long ts) {
        JsonArray data = new JsonArray();
        for (BalanceSnapshot b : balances) {
            JsonObject o = new JsonObject();
            o.addProperty("coin", b.coin());
            o.addProperty("available", decimal(b.available()));
            o.addProperty("frozen", decimal(b.frozen()));
            o.addProperty("locked", "0");
            o.addProperty("limitAvailable", "0");
            o.addProperty("uTime", Long.toString(ts));
            data.add(o);
        }
        return data;
    }

    /** V3 {@code account} topic: one entry with the equity and a {@code coin} list. */
    JsonArray accountV3(List<BalanceSnapshot> balances, long ts) {
        BigDecimal equity = BigDecimal.ZERO;
        JsonArray coins = new JsonArray();
        for (BalanceSnapshot b : balances) {
            BigDecimal usd = b.total().multiply(exchange.usdtPrice(b.coin())).setScale(4, RoundingMode.HALF_UP);
            equity = equity.add(usd);
            JsonObject c = new JsonObject();
            c.addProperty("coin", b.coin());
            c.addProperty("equity", decimal(b.total()));
            c.addProperty("usdValue", decimal(usd));
            c.addProperty("balance", decimal(b.total()));
            c.addProperty("available", decimal(b.available()));
            c.addProperty("locked", decimal(b.frozen()));
            c.addProperty("debt", "0");
            coins.add(c);
        }
        JsonObject o = new JsonObject();
        o.addProperty("unrealisedPnL", "0");
        o.addProperty("totalEquity", decimal(equity));
        o.addProperty("effEquity", decimal(equity));
        o.addProperty("mmr", "0");
        o.addProperty("imr", "0");
        o.addProperty("mgnRatio", "0");
        o.addProperty("positionMgnRatio", "0");
        o.add("coin", coins);
        o.addProperty("updatedTime", Long.toString(ts));
        return one(o);
    }
}
