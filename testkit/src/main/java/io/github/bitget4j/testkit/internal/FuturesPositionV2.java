package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV2.guarded;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.time;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.util.List;

/** V2 futures positions ({@code /api/v2/mix/position/...}), all private. */
final class FuturesPositionV2 {

    /** Bitget's maintenance margin rate of the first tier, reported as is; the testkit never liquidates. */
    private static final String KEEP_MARGIN_RATE = "0.004";

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;

    FuturesPositionV2(FuturesEngine engine, FuturesPortfolio portfolio) {
        this.engine = engine;
        this.portfolio = portfolio;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.get("/api/v2/mix/position/single-position", Auth.PRIVATE, v2, guarded(this::singlePosition));
        routes.get("/api/v2/mix/position/all-position", Auth.PRIVATE, v2, guarded(this::allPositions));
        routes.get("/api/v2/mix/position/history-position", Auth.PRIVATE, v2, guarded(this::historyPositions));
    }

    private FuturesAccount account(ApiCall call) {
        return engine.account(call.account().apiKey);
    }

    private JsonArray singlePosition(ApiCall call) {
        Params p = call.params();
        String symbol = FuturesWireV2.symbol(p);
        if (!FuturesWireV2.usdtProduct(p)) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        FuturesWireV2.requireUsdt(p.required("marginCoin"), "marginCoin");
        return positions(portfolio.positions(account(call), engine.contract(symbol).symbol()));
    }

    private JsonArray allPositions(ApiCall call) {
        Params p = call.params();
        boolean usdt = FuturesWireV2.usdtProduct(p);
        FuturesWireV2.requireUsdt(p.optional("marginCoin"), "marginCoin");
        return positions(usdt ? portfolio.positions(account(call), null) : List.of());
    }

    private static JsonArray positions(List<PositionView> positions) {
        JsonArray list = new JsonArray();
        for (PositionView v : positions) {
            JsonObject o = new JsonObject();
            o.addProperty("marginCoin", v.marginCoin());
            o.addProperty("symbol", v.symbol());
            o.addProperty("holdSide", FuturesWireV2.holdSide(v.side()));
            o.addProperty("openDelegateSize", decimal(v.openDelegateSize()));
            o.addProperty("marginSize", decimal(v.margin()));
            o.addProperty("available", decimal(v.available()));
            o.addProperty("locked", decimal(v.locked()));
            o.addProperty("total", decimal(v.size()));
            o.addProperty("leverage", Integer.toString(v.leverage()));
            o.addProperty("achievedProfits", decimal(v.realised()));
            o.addProperty("openPriceAvg", decimal(v.averagePrice()));
            o.addProperty("marginMode", FuturesWireV2.marginMode(v.marginMode()));
            o.addProperty("posMode", FuturesWireV2.posMode(v.posMode()));
            o.addProperty("unrealizedPL", decimal(v.unrealised()));
            o.addProperty("liquidationPrice", ""); // the testkit never liquidates
            o.addProperty("keepMarginRate", KEEP_MARGIN_RATE);
            o.addProperty("markPrice", decimal(v.markPrice()));
            o.addProperty("breakEvenPrice", decimal(v.averagePrice())); // no fees, no funding
            o.addProperty("totalFee", "0");
            o.addProperty("deductedFee", "0");
            o.addProperty("assetMode", "single");
            o.addProperty("autoMargin", "off");
            o.addProperty("cTime", time(v.createdTime()));
            o.addProperty("uTime", time(v.updatedTime()));
            list.add(o);
        }
        return list;
    }

    /** Closed positions, newest first; with {@code symbol} the product type is ignored, as on Bitget. */
    private JsonObject historyPositions(ApiCall call) {
        Params p = call.params();
        String symbol = FuturesWireV2.optionalSymbol(p);
        String productType = p.optional("productType");
        boolean usdt = symbol != null || productType == null || FuturesWireV2.usdtProduct(productType);
        List<ClosedPosition> closed = !usdt ? List.of() : portfolio.closedPositions(account(call)).stream()
                .filter(c -> symbol == null || symbol.equals(c.symbol())).toList();
        FuturesWireV2.Page<ClosedPosition> page = FuturesWireV2.page(closed, p, ClosedPosition::positionId,
                ClosedPosition::updatedTime, 20);
        JsonArray list = new JsonArray();
        for (ClosedPosition c : page.items()) {
            JsonObject o = new JsonObject();
            o.addProperty("positionId", c.positionId());
            o.addProperty("marginCoin", c.marginCoin());
            o.addProperty("symbol", c.symbol());
            o.addProperty("holdSide", FuturesWireV2.holdSide(c.side()));
            o.addProperty("openAvgPrice", decimal(c.openAveragePrice()));
            o.addProperty("closeAvgPrice", decimal(c.closeAveragePrice()));
            o.addProperty("marginMode", FuturesWireV2.marginMode(c.marginMode()));
            o.addProperty("openTotalPos", decimal(c.openedSize()));
            o.addProperty("closeTotalPos", decimal(c.closedSize()));
            o.addProperty("pnl", decimal(c.pnl()));
            o.addProperty("netProfit", decimal(c.pnl()));
            o.addProperty("totalFunding", "0");
            o.addProperty("openFee", "0");
            o.addProperty("closeFee", "0");
            o.addProperty("cTime", time(c.createdTime()));
            o.addProperty("uTime", time(c.updatedTime()));
            list.add(o);
        }
        JsonObject o = new JsonObject();
        o.add("list", FuturesWireV2.listOrNull(list));
        o.add("endId", page.endIdJson());
        return o;
    }
}
