package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BalanceSnapshot;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data objects of the state channels ({@link WsStateFeeds}): candles, index price, plan orders, closed and open
 * futures positions, margin balances. Field names are Bitget's.
 */
final class WsStateRecords {

    private WsStateRecords() {
    }

    /** V2 {@code candle{interval}}: one positional array. */
    static JsonArray candleV2(Candles.Candle c) {
        JsonArray a = new JsonArray();
        a.add(Long.toString(c.ts()));
        a.add(decimal(c.open()));
        a.add(decimal(c.high()));
        a.add(decimal(c.low()));
        a.add(decimal(c.close()));
        a.add(decimal(c.baseVolume()));
        a.add(decimal(c.quoteVolume()));
        a.add(decimal(c.quoteVolume())); // every simulated market is quoted in USDT
        return a;
    }

    /** V3 {@code kline}. */
    static JsonObject klineV3(Candles.Candle c) {
        JsonObject o = new JsonObject();
        o.addProperty("start", Long.toString(c.ts()));
        o.addProperty("open", decimal(c.open()));
        o.addProperty("high", decimal(c.high()));
        o.addProperty("low", decimal(c.low()));
        o.addProperty("close", decimal(c.close()));
        o.addProperty("volume", decimal(c.baseVolume()));
        o.addProperty("turnover", decimal(c.quoteVolume()));
        return o;
    }

    /** V2 {@code index-price}: the testkit's index is the last trade price. */
    static JsonObject indexPrice(String symbol, BigDecimal price, long now) {
        JsonObject o = new JsonObject();
        o.addProperty("symbol", symbol);
        o.addProperty("indexPrice", decimal(price));
        o.addProperty("ts", Long.toString(now));
        return o;
    }

    /** V2 {@code orders-algo}, spot. */
    static JsonObject algoOrder(SpotPlan p) {
        JsonObject o = new JsonObject();
        o.addProperty("instId", p.symbol());
        o.addProperty("orderId", p.orderId());
        o.addProperty("clientOid", p.clientOid());
        o.addProperty("triggerPrice", decimal(p.triggerPrice()));
        o.addProperty("triggerType", p.triggerType());
        o.addProperty("planType", p.planType());
        FuturesWireV2.putDecimal(o, "price", p.executePrice());
        o.addProperty("size", decimal(p.size()));
        o.addProperty("orderType", p.orderType());
        o.addProperty("side", p.side());
        o.addProperty("status", p.status());
        o.addProperty("cTime", Long.toString(p.createdTime()));
        o.addProperty("uTime", Long.toString(p.updatedTime()));
        return o;
    }

    /** V2 {@code orders-algo}, futures. */
    static JsonObject algoOrder(PlanOrder p) {
        JsonObject o = new JsonObject();
        o.addProperty("instId", p.symbol());
        o.addProperty("orderId", p.orderId());
        o.addProperty("clientOid", p.clientOid());
        o.addProperty("triggerPrice", decimal(p.triggerPrice()));
        o.addProperty("triggerType", triggerType(p.triggerBy()));
        o.addProperty("planType", FuturesPlanV2.planType(p.kind()));
        FuturesWireV2.putDecimal(o, "price", p.executePrice());
        FuturesWireV2.putDecimal(o, "size", p.size());
        o.addProperty("orderType", p.executePrice() == null ? "market" : "limit");
        o.addProperty("side", FuturesWireV2.side(p.effect(), p.buy()));
        o.addProperty("tradeSide", FuturesWireV2.tradeSide(p.effect(), p.buy(), p.reduceOnly()));
        o.addProperty("posSide", FuturesWireV2.posSide(p.effect()));
        o.addProperty("marginCoin", p.marginCoin());
        if (p.marginMode() != null) {
            o.addProperty("marginMode", FuturesWireV2.marginMode(p.marginMode()));
        }
        o.addProperty("status", FuturesPlanV2.planStatus(p.status()));
        if (p.takeProfit() != null) {
            o.addProperty("stopSurplusTriggerPrice", decimal(p.takeProfit().triggerPrice()));
        }
        if (p.stopLoss() != null) {
            o.addProperty("stopLossTriggerPrice", decimal(p.stopLoss().triggerPrice()));
        }
        o.addProperty("cTime", Long.toString(p.createdTime()));
        o.addProperty("uTime", Long.toString(p.updatedTime()));
        return o;
    }

    /** V3 {@code strategy-order}, from a spot plan order. */
    static JsonObject strategyOrder(SpotPlan p) {
        JsonObject o = new JsonObject();
        o.addProperty("category", "spot");
        o.addProperty("symbol", p.symbol());
        o.addProperty("orderId", p.orderId());
        o.addProperty("clientOid", p.clientOid());
        o.addProperty("triggerPrice", decimal(p.triggerPrice()));
        o.addProperty("triggerBy", p.triggerType());
        o.addProperty("strategyType", "trigger");
        FuturesWireV2.putDecimal(o, "price", p.executePrice());
        o.addProperty("qty", decimal(p.size()));
        o.addProperty("orderType", p.orderType());
        o.addProperty("side", p.side());
        o.addProperty("status", p.status());
        o.addProperty("createdTime", Long.toString(p.createdTime()));
        o.addProperty("updatedTime", Long.toString(p.updatedTime()));
        return o;
    }

    /** V3 {@code strategy-order}, from a futures plan or TP/SL order. */
    static JsonObject strategyOrder(PlanOrder p) {
        JsonObject o = new JsonObject();
        o.addProperty("category", "usdt-futures");
        o.addProperty("symbol", p.symbol());
        o.addProperty("orderId", p.orderId());
        o.addProperty("clientOid", p.clientOid());
        o.addProperty("triggerPrice", decimal(p.triggerPrice()));
        o.addProperty("triggerBy", triggerType(p.triggerBy()));
        o.addProperty("strategyType", p.kind().tpsl() ? "tpsl" : "trigger");
        FuturesWireV2.putDecimal(o, "price", p.executePrice());
        FuturesWireV2.putDecimal(o, "qty", p.size());
        o.addProperty("orderType", p.executePrice() == null ? "market" : "limit");
        o.addProperty("side", p.buy() ? "buy" : "sell");
        o.addProperty("posSide", FuturesWireV3.posSide(p.holdSide()));
        o.addProperty("status", FuturesPlanV2.planStatus(p.status()));
        o.addProperty("createdTime", Long.toString(p.createdTime()));
        o.addProperty("updatedTime", Long.toString(p.updatedTime()));
        return o;
    }

    private static String triggerType(PlanOrder.TriggerPrice by) {
        return switch (by) {
            case FILL -> "fill_price";
            case MARK -> "mark_price";
            case INDEX -> "index_price";
        };
    }

    /** V2 {@code positions-history}. No fees are charged. */
    static JsonObject closedPosition(ClosedPosition c, PositionMode posMode) {
        JsonObject o = new JsonObject();
        o.addProperty("posId", c.positionId());
        o.addProperty("instId", c.symbol());
        o.addProperty("marginCoin", c.marginCoin());
        o.addProperty("marginMode", FuturesWireV2.marginMode(c.marginMode()));
        o.addProperty("holdSide", FuturesWireV2.holdSide(c.side()));
        o.addProperty("posMode", FuturesWireV2.posMode(posMode));
        o.addProperty("openPriceAvg", decimal(c.openAveragePrice()));
        o.addProperty("closePriceAvg", decimal(c.closeAveragePrice()));
        o.addProperty("openSize", decimal(c.openedSize()));
        o.addProperty("closeSize", decimal(c.closedSize()));
        o.addProperty("achievedProfits", decimal(c.pnl()));
        o.addProperty("settleFee", "0");
        o.addProperty("openFee", "0");
        o.addProperty("closeFee", "0");
        o.addProperty("cTime", Long.toString(c.createdTime()));
        o.addProperty("uTime", Long.toString(c.updatedTime()));
        return o;
    }

    /** V3 {@code position}. */
    static JsonObject positionV3(PositionView v) {
        JsonObject o = new JsonObject();
        o.addProperty("category", "usdt-futures");
        o.addProperty("symbol", v.symbol());
        o.addProperty("marginCoin", v.marginCoin());
        o.addProperty("marginMode", FuturesWireV2.marginMode(v.marginMode()));
        o.addProperty("posSide", FuturesWireV3.posSide(v.side()));
        o.addProperty("holdMode", FuturesWireV3.holdMode(v.posMode()));
        o.addProperty("size", decimal(v.size()));
        o.addProperty("available", decimal(v.available()));
        o.addProperty("frozen", decimal(v.locked()));
        o.addProperty("avgPrice", decimal(v.averagePrice()));
        o.addProperty("leverage", Integer.toString(v.leverage()));
        o.addProperty("positionBalance", decimal(v.margin()));
        o.addProperty("unrealisedPnl", decimal(v.unrealised()));
        o.addProperty("curRealisedPnl", decimal(v.realised()));
        o.addProperty("markPrice", decimal(v.markPrice()));
        o.addProperty("breakEvenPrice", decimal(v.averagePrice())); // no fees, no funding
        o.addProperty("totalFee", "0");
        o.addProperty("createdTime", Long.toString(v.createdTime()));
        o.addProperty("updatedTime", Long.toString(v.updatedTime()));
        return o;
    }

    /**
     * V2 {@code account-crossed} / {@code account-isolated}: the testkit lends nothing, so a margin account holds what
     * the spot wallet holds, with no debt. Isolated entries are per symbol: each coin of each symbol it trades.
     */
    static JsonArray marginAccount(List<BalanceSnapshot> balances, List<SymbolSpec> isolatedSymbols, String coin,
                                   long now) {
        JsonArray data = new JsonArray();
        for (BalanceSnapshot b : balances) {
            if (!coin.equals("default") && !coin.equals(b.coin())) {
                continue;
            }
            if (isolatedSymbols.isEmpty()) {
                data.add(marginCoin(b, null, now));
            }
            for (SymbolSpec spec : isolatedSymbols) {
                if (spec.baseCoin().equals(b.coin()) || spec.quoteCoin().equals(b.coin())) {
                    data.add(marginCoin(b, spec.symbol(), now));
                }
            }
        }
        return data;
    }

    private static JsonObject marginCoin(BalanceSnapshot b, @Nullable String symbol, long now) {
        JsonObject o = new JsonObject();
        o.addProperty("coin", b.coin());
        if (symbol != null) {
            o.addProperty("symbol", symbol);
        }
        o.addProperty("available", decimal(b.available()));
        o.addProperty("frozen", decimal(b.frozen()));
        o.addProperty("borrow", "0");
        o.addProperty("interest", "0");
        o.addProperty("coupon", "0");
        o.addProperty("uTime", Long.toString(now));
        return o;
    }
}
