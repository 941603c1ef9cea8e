package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/** The data objects of the futures order, fill and trade pushes, V2 and V3, with Bitget's field names. */
final class WsFuturesRecords {

    private WsFuturesRecords() {
    }

    static JsonObject trade(boolean v3, FuturesEngine.PublicTrade t) {
        return WsPushes.trade(v3, new MarketEvent.Traded(t.symbol(), t.tradeId(), t.price(), t.size(),
                t.takerBuy() ? "buy" : "sell", t.ts()));
    }

    /** V2 futures {@code orders}: the order, with the fill's details when the push is for one. */
    static JsonObject order(FuturesOrderView o, @Nullable FuturesFill fill) {
        JsonObject e = new JsonObject();
        e.addProperty("instId", o.symbol());
        e.addProperty("orderId", o.orderId());
        e.addProperty("clientOid", o.clientOid());
        e.addProperty("price", o.price() == null ? "0" : decimal(o.price()));
        e.addProperty("size", decimal(o.size()));
        e.addProperty("orderType", o.market() ? "market" : "limit");
        e.addProperty("force", o.force());
        e.addProperty("side", FuturesWireV2.side(o.effect(), o.buy()));
        e.addProperty("posSide", FuturesWireV2.posSide(o.effect()));
        e.addProperty("marginMode", FuturesWireV2.marginMode(o.marginMode()));
        e.addProperty("marginCoin", o.marginCoin());
        e.addProperty("leverage", Integer.toString(o.leverage()));
        e.addProperty("posMode", FuturesWireV2.posMode(o.posMode()));
        e.addProperty("tradeSide", FuturesWireV2.tradeSide(o.effect(), o.buy(), o.reduceOnly()));
        e.addProperty("reduceOnly", o.reduceOnly() ? "yes" : "no");
        e.addProperty("accBaseVolume", decimal(o.filledSize()));
        e.addProperty("priceAvg", decimal(o.averagePrice()));
        e.addProperty("pnl", decimal(o.profit()));
        e.addProperty("status", o.status().wireName().equals("cancelled") ? "canceled" : o.status().wireName());
        e.addProperty("cTime", Long.toString(o.createdTime()));
        e.addProperty("uTime", Long.toString(o.updatedTime()));
        e.addProperty("stpMode", "none");
        e.addProperty("enterPointSource", "API");
        if (fill != null) {
            e.addProperty("tradeId", fill.tradeId());
            e.addProperty("fillPrice", decimal(fill.price()));
            e.addProperty("baseVolume", decimal(fill.quantity()));
            e.addProperty("fillTime", Long.toString(fill.time()));
            e.addProperty("fillFee", "0");
            e.addProperty("fillFeeCoin", fill.marginCoin());
            e.addProperty("tradeScope", fill.maker() ? "maker" : "taker");
        }
        e.add("feeDetail", WsPushes.one(fee(o.marginCoin())));
        return e;
    }

    static JsonObject fee(String coin) {
        JsonObject fee = new JsonObject();
        fee.addProperty("feeCoin", coin);
        fee.addProperty("fee", "0");
        return fee;
    }

    /** V2 futures {@code fill}. */
    static JsonObject fill(FuturesFill f) {
        JsonObject e = new JsonObject();
        e.addProperty("orderId", f.orderId());
        e.addProperty("tradeId", f.tradeId());
        e.addProperty("symbol", f.symbol());
        e.addProperty("orderType", "limit");
        e.addProperty("side", FuturesWireV2.side(f.effect(), f.buy()));
        e.addProperty("price", decimal(f.price()));
        e.addProperty("baseVolume", decimal(f.quantity()));
        e.addProperty("quoteVolume", decimal(f.price().multiply(f.quantity())));
        e.addProperty("profit", f.profit() == null ? "0" : decimal(f.profit()));
        e.addProperty("tradeSide", FuturesWireV2.tradeSide(f.effect(), f.buy(), f.reduceOnly()));
        e.addProperty("posMode", FuturesWireV2.posMode(f.posMode()));
        e.addProperty("tradeScope", f.maker() ? "maker" : "taker");
        e.add("feeDetail", WsPushes.one(fee(f.marginCoin())));
        e.addProperty("cTime", Long.toString(f.time()));
        e.addProperty("uTime", Long.toString(f.time()));
        return e;
    }


    /** V3 {@code order} topic, for a futures order. */
    static JsonObject orderV3(FuturesOrderView o) {
        JsonObject e = new JsonObject();
        e.addProperty("category", "usdt-futures");
        e.addProperty("symbol", o.symbol());
        e.addProperty("orderId", o.orderId());
        e.addProperty("clientOid", o.clientOid());
        e.addProperty("price", o.price() == null ? "0" : decimal(o.price()));
        e.addProperty("qty", decimal(o.size()));
        e.addProperty("orderType", o.market() ? "market" : "limit");
        e.addProperty("timeInForce", o.force());
        e.addProperty("side", o.buy() ? "buy" : "sell");
        HoldSide hold = o.effect().holdSide();
        if (hold != null) { // hedge mode only
            e.addProperty("posSide", FuturesWireV3.posSide(hold));
        }
        e.addProperty("marginMode", FuturesWireV2.marginMode(o.marginMode()));
        e.addProperty("marginCoin", o.marginCoin());
        e.addProperty("reduceOnly", FuturesWireV3.yesNo(o.reduceOnly()));
        e.addProperty("cumExecQty", decimal(o.filledSize()));
        e.addProperty("cumExecValue", decimal(o.filledValue()));
        e.addProperty("avgPrice", decimal(o.averagePrice()));
        e.addProperty("totalProfit", decimal(o.profit()));
        e.addProperty("orderStatus", o.status().wireName());
        e.addProperty("cancelReason", o.cancelReason());
        e.addProperty("leverage", Integer.toString(o.leverage()));
        e.add("feeDetail", WsPushes.one(fee(o.marginCoin())));
        e.addProperty("stpMode", "none");
        e.addProperty("createdTime", Long.toString(o.createdTime()));
        e.addProperty("updatedTime", Long.toString(o.updatedTime()));
        return e;
    }

    /** V3 {@code fill} topic, for a futures fill. */
    static JsonObject fillV3(FuturesFill f, FuturesOrderView order) {
        JsonObject e = new JsonObject();
        e.addProperty("category", "usdt-futures");
        e.addProperty("orderId", f.orderId());
        e.addProperty("clientOid", order.clientOid());
        e.addProperty("execId", f.tradeId());
        e.addProperty("symbol", f.symbol());
        e.addProperty("orderType", order.market() ? "market" : "limit");
        e.addProperty("side", f.buy() ? "buy" : "sell");
        HoldSide hold = f.effect().holdSide();
        if (hold != null) {
            e.addProperty("posSide", FuturesWireV3.posSide(hold));
        }
        e.addProperty("execPrice", decimal(f.price()));
        e.addProperty("execQty", decimal(f.quantity()));
        e.addProperty("execValue", decimal(f.price().multiply(f.quantity())));
        e.addProperty("tradeScope", f.maker() ? "maker" : "taker");
        e.add("feeDetail", WsPushes.one(fee(f.marginCoin())));
        e.addProperty("execPnl", f.profit() == null ? "0" : decimal(f.profit()));
        e.addProperty("createdTime", Long.toString(f.time()));
        e.addProperty("updatedTime", Long.toString(f.time()));
        return e;
    }
}
