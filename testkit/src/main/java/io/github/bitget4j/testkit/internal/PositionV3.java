package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV3.guarded;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** V3 (unified account) futures positions ({@code /api/v3/position/...}), all private, from the engine V2 reads too. */
final class PositionV3 {

    /** Bitget's maintenance margin rate of the first tier, reported as is; the testkit never liquidates. */
    private static final String MAINTENANCE_RATE = "0.004";

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;

    PositionV3(FuturesEngine engine, FuturesPortfolio portfolio) {
        this.engine = engine;
        this.portfolio = portfolio;
    }

    void register(Routes routes) {
        ApiVersion v3 = ApiVersion.V3;
        routes.get("/api/v3/position/current-position", Auth.PRIVATE, v3, guarded(this::currentPositions));
        routes.get("/api/v3/position/history-position", Auth.PRIVATE, v3, guarded(this::historyPositions));
    }

    private FuturesAccount account(ApiCall call) {
        return engine.account(call.account().apiKey);
    }

    /** {@code category} must be a futures line; only USDT-FUTURES has positions here. */
    private static boolean usdtFutures(Params p) {
        String category = p.required("category");
        if (!FuturesWireV3.isFutures(category)) {
            throw ApiError.invalidParameter("category");
        }
        return FuturesWireV3.usdtFutures(category);
    }

    private static @Nullable String symbol(Params p) {
        String s = p.optional("symbol");
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private JsonObject currentPositions(ApiCall call) {
        Params p = call.params();
        boolean usdt = usdtFutures(p);
        String symbol = symbol(p);
        HoldSide side = FuturesWireV3.posSide(p);
        if (usdt && symbol != null) {
            engine.contract(symbol);
        }
        JsonArray list = new JsonArray();
        if (usdt) {
            for (PositionView v : portfolio.positions(account(call), symbol)) {
                if (side == null || side == v.side()) {
                    list.add(position(v));
                }
            }
        }
        JsonObject o = new JsonObject();
        o.add("list", list);
        return o;
    }

    private static JsonObject position(PositionView v) {
        JsonObject o = new JsonObject();
        o.addProperty("category", FuturesWireV3.USDT_FUTURES);
        o.addProperty("symbol", v.symbol());
        o.addProperty("marginCoin", v.marginCoin());
        o.addProperty("holdMode", FuturesWireV3.holdMode(v.posMode()));
        o.addProperty("posSide", FuturesWireV3.posSide(v.side()));
        o.addProperty("marginMode", FuturesWireV2.marginMode(v.marginMode()));
        o.addProperty("positionBalance", decimal(v.margin()));
        o.addProperty("available", decimal(v.available()));
        o.addProperty("frozen", decimal(v.locked()));
        o.addProperty("total", decimal(v.size()));
        o.addProperty("leverage", Integer.toString(v.leverage()));
        o.addProperty("curRealisedPnl", decimal(v.realised()));
        o.addProperty("avgPrice", decimal(v.averagePrice()));
        o.addProperty("positionStatus", "normal");
        o.addProperty("unrealisedPnl", decimal(v.unrealised()));
        o.addProperty("liquidationPrice", "0"); // the testkit never liquidates
        o.addProperty("mmr", MAINTENANCE_RATE);
        o.addProperty("profitRate", decimal(v.margin().signum() == 0 ? BigDecimal.ZERO
                : v.unrealised().divide(v.margin(), Position.SCALE, RoundingMode.HALF_UP)));
        o.addProperty("markPrice", decimal(v.markPrice()));
        o.addProperty("breakEvenPrice", decimal(v.averagePrice())); // no fees, no funding
        o.addProperty("totalFunding", "0");
        o.addProperty("openFeeTotal", "0");
        o.addProperty("closeFeeTotal", "0");
        o.addProperty("createdTime", Long.toString(v.createdTime()));
        o.addProperty("updatedTime", Long.toString(v.updatedTime()));
        return o;
    }

    /** Closed positions by descending id (newest opened first), paged by {@code cursor}. */
    private JsonObject historyPositions(ApiCall call) {
        Params p = call.params();
        boolean usdt = usdtFutures(p);
        String symbol = symbol(p);
        List<ClosedPosition> closed = !usdt ? List.of() : portfolio.closedPositions(account(call)).stream()
                .filter(c -> symbol == null || symbol.equals(c.symbol()))
                .sorted(Comparator.comparing((ClosedPosition c) -> Long.parseLong(c.positionId())).reversed())
                .toList();
        return FuturesWireV3.page(closed, p, ClosedPosition::positionId, ClosedPosition::updatedTime, 100)
                .json(PositionV3::closedPosition);
    }

    private static JsonObject closedPosition(ClosedPosition c) {
        JsonObject o = new JsonObject();
        o.addProperty("positionId", c.positionId());
        o.addProperty("category", FuturesWireV3.USDT_FUTURES);
        o.addProperty("symbol", c.symbol());
        o.addProperty("marginCoin", c.marginCoin());
        o.addProperty("posSide", FuturesWireV3.posSide(c.side()));
        o.addProperty("marginMode", FuturesWireV2.marginMode(c.marginMode()));
        o.addProperty("openPriceAvg", decimal(c.openAveragePrice()));
        o.addProperty("closePriceAvg", decimal(c.closeAveragePrice()));
        o.addProperty("openTotalPos", decimal(c.openedSize()));
        o.addProperty("closeTotalPos", decimal(c.closedSize()));
        o.addProperty("cumRealisedPnl", decimal(c.pnl()));
        o.addProperty("netProfit", decimal(c.pnl())); // no fees, no funding
        o.addProperty("totalFunding", "0");
        o.addProperty("openFeeTotal", "0");
        o.addProperty("closeFeeTotal", "0");
        o.addProperty("createdTime", Long.toString(c.createdTime()));
        o.addProperty("updatedTime", Long.toString(c.updatedTime()));
        return o;
    }
}
