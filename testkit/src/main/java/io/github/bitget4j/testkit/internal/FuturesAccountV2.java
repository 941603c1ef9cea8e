package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV2.guarded;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** V2 futures account and its settings ({@code /api/v2/mix/account/...}), all private. */
final class FuturesAccountV2 {

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;

    FuturesAccountV2(FuturesEngine engine, FuturesPortfolio portfolio) {
        this.engine = engine;
        this.portfolio = portfolio;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.get("/api/v2/mix/account/account", Auth.PRIVATE, v2, guarded(this::account));
        routes.get("/api/v2/mix/account/accounts", Auth.PRIVATE, v2, guarded(this::accounts));
        routes.post("/api/v2/mix/account/set-leverage", Auth.PRIVATE, v2, guarded(this::setLeverage));
        routes.post("/api/v2/mix/account/set-margin-mode", Auth.PRIVATE, v2, guarded(this::setMarginMode));
        routes.post("/api/v2/mix/account/set-position-mode", Auth.PRIVATE, v2, guarded(this::setPositionMode));
        routes.get("/api/v2/mix/account/open-count", Auth.PRIVATE, v2, guarded(this::openCount));
        routes.get("/api/v2/mix/account/isolated-symbols", Auth.PRIVATE, v2, guarded(this::isolatedSymbols));
    }

    private FuturesAccount futuresAccount(ApiCall call) {
        return engine.account(call.account().apiKey);
    }

    private FuturesContract contract(Params p) {
        String symbol = FuturesWireV2.symbol(p);
        if (!FuturesWireV2.usdtProduct(p)) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        FuturesWireV2.requireUsdt(p.required("marginCoin"), "marginCoin");
        return engine.contract(symbol);
    }

    /** The USDT account with the symbol's settings. */
    private JsonObject account(ApiCall call) {
        FuturesContract c = contract(call.params());
        FuturesAccount account = futuresAccount(call);
        FuturesPortfolio.AccountView a = portfolio.accountView(account);
        SymbolSettings.View s = portfolio.settings(account, c.symbol());
        JsonObject o = money(a);
        o.addProperty("crossedMarginLeverage", Integer.toString(s.crossLeverage()));
        o.addProperty("isolatedLongLever", Integer.toString(s.longLeverage()));
        o.addProperty("isolatedShortLever", Integer.toString(s.shortLeverage()));
        o.addProperty("marginMode", FuturesWireV2.marginMode(s.marginMode()));
        o.addProperty("posMode", FuturesWireV2.posMode(a.posMode()));
        o.addProperty("assetMode", "single");
        return o;
    }

    /** Every margin coin of the product type: USDT only, for USDT-M. */
    private JsonArray accounts(ApiCall call) {
        JsonArray list = new JsonArray();
        if (!FuturesWireV2.usdtProduct(call.params())) {
            return list;
        }
        FuturesPortfolio.AccountView a = portfolio.accountView(futuresAccount(call));
        JsonObject o = money(a);
        o.addProperty("isolatedMargin", decimal(a.isolatedMargin()));
        o.addProperty("crossedMargin", decimal(a.crossedMargin()));
        o.addProperty("assetMode", "single");
        list.add(o);
        return list;
    }

    /** The members {@code FuturesAccount} and {@code FuturesAccountAsset} share. */
    private JsonObject money(FuturesPortfolio.AccountView a) {
        BigDecimal equity = a.equity();
        BigDecimal btc = engine.markPrice("BTCUSDT");
        JsonObject o = new JsonObject();
        o.addProperty("marginCoin", a.marginCoin());
        o.addProperty("locked", decimal(a.locked()));
        o.addProperty("available", decimal(a.available()));
        o.addProperty("crossedMaxAvailable", decimal(a.available()));
        o.addProperty("isolatedMaxAvailable", decimal(a.available()));
        o.addProperty("maxTransferOut", decimal(a.available().max(BigDecimal.ZERO)));
        o.addProperty("accountEquity", decimal(equity));
        o.addProperty("usdtEquity", decimal(equity));
        o.addProperty("btcEquity", decimal(equity.divide(btc, 8, RoundingMode.DOWN)));
        o.addProperty("crossedRiskRate", "0");
        o.addProperty("unrealizedPL", decimal(a.unrealised()));
        o.addProperty("coupon", "0");
        o.addProperty("crossedUnrealizedPL", decimal(a.crossedUnrealised()));
        o.addProperty("isolatedUnrealizedPL", decimal(a.isolatedUnrealised()));
        return o;
    }

    private JsonObject setLeverage(ApiCall call) {
        Params p = call.params();
        FuturesContract c = contract(p);
        Integer leverage = leverage(p, "leverage");
        Integer longLeverage = leverage(p, "longLeverage");
        Integer shortLeverage = leverage(p, "shortLeverage");
        if (leverage == null && longLeverage == null && shortLeverage == null) {
            throw ApiError.missingParameter("leverage");
        }
        HoldSide side = FuturesWireV2.holdSide(p.optional("holdSide"), "holdSide");
        return leverageInfo(portfolio.setLeverage(futuresAccount(call), c.symbol(), leverage, longLeverage, shortLeverage, side));
    }

    /** Leverage is a whole number on Bitget. */
    private static Integer leverage(Params p, String name) {
        BigDecimal value = p.optionalPositive(name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw ApiError.invalidParameter(name);
        }
    }

    private JsonObject setMarginMode(ApiCall call) {
        Params p = call.params();
        FuturesContract c = contract(p);
        MarginMode mode = FuturesWireV2.marginMode(p.required("marginMode"));
        return leverageInfo(portfolio.setMarginMode(futuresAccount(call), c.symbol(), mode));
    }

    private JsonObject setPositionMode(ApiCall call) {
        Params p = call.params();
        boolean usdt = FuturesWireV2.usdtProduct(p);
        PositionMode mode = p.requiredChoice("posMode", "one_way_mode", "hedge_mode").equals("hedge_mode")
                ? PositionMode.HEDGE : PositionMode.ONE_WAY;
        if (usdt) {
            portfolio.setPositionMode(futuresAccount(call), mode);
        }
        JsonObject o = new JsonObject();
        o.addProperty("posMode", FuturesWireV2.posMode(mode));
        return o;
    }

    private static JsonObject leverageInfo(SymbolSettings.View s) {
        JsonObject o = new JsonObject();
        o.addProperty("symbol", s.symbol());
        o.addProperty("marginCoin", "USDT");
        o.addProperty("longLeverage", Integer.toString(s.longLeverage()));
        o.addProperty("shortLeverage", Integer.toString(s.shortLeverage()));
        if (s.marginMode() == MarginMode.CROSSED) {
            o.addProperty("crossMarginLeverage", Integer.toString(s.crossLeverage()));
        }
        o.addProperty("marginMode", FuturesWireV2.marginMode(s.marginMode()));
        return o;
    }

    /** How much an amount of margin opens at a price and leverage: amount * leverage / price, down to the lot. */
    private JsonObject openCount(ApiCall call) {
        Params p = call.params();
        FuturesContract c = contract(p);
        BigDecimal amount = p.requiredPositive("openAmount");
        BigDecimal price = p.requiredPositive("openPrice");
        BigDecimal leverage = p.optionalPositive("leverage");
        BigDecimal size = amount.multiply(leverage == null ? BigDecimal.valueOf(FuturesContract.DEFAULT_LEVERAGE) : leverage)
                .divide(price, c.volumePlace(), RoundingMode.DOWN);
        JsonObject o = new JsonObject();
        o.addProperty("size", decimal(size));
        return o;
    }

    private JsonArray isolatedSymbols(ApiCall call) {
        JsonArray list = new JsonArray();
        if (!FuturesWireV2.usdtProduct(call.params())) {
            return list;
        }
        FuturesAccount account = futuresAccount(call);
        for (Map.Entry<String, SymbolSettings.View> e : portfolio.allSettings(account).entrySet()) {
            if (e.getValue().marginMode() == MarginMode.ISOLATED) {
                JsonObject o = new JsonObject();
                o.addProperty("symbol", e.getKey());
                o.addProperty("marginMode", "isolated");
                list.add(o);
            }
        }
        return list;
    }
}
