package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV3.guarded;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * V3 (unified account) account endpoints, all private. A unified account holds spot coins and futures margin in
 * one balance: the testkit keeps them in two ledgers (the spot {@link Exchange} and the {@link FuturesEngine}, each
 * shared with V2) and shows their sum here, so the USDT line and the equity include the futures wallet and its
 * unrealised PnL. Leverage and hold mode change the futures account that V2 sees too.
 */
final class AccountV3 {

    private final Exchange exchange;
    private final FuturesEngine futures;
    private final FuturesPortfolio portfolio;

    AccountV3(Exchange exchange, FuturesEngine futures, FuturesPortfolio portfolio) {
        this.exchange = exchange;
        this.futures = futures;
        this.portfolio = portfolio;
    }

    void register(Routes routes) {
        ApiVersion v3 = ApiVersion.V3;
        routes.get("/api/v3/account/assets", Auth.PRIVATE, v3, guarded(this::assets));
        routes.get("/api/v3/account/info", Auth.PRIVATE, v3, this::info);
        routes.get("/api/v3/account/settings", Auth.PRIVATE, v3, guarded(this::settings));
        routes.post("/api/v3/account/set-leverage", Auth.PRIVATE, v3, guarded(this::setLeverage));
        routes.post("/api/v3/account/set-hold-mode", Auth.PRIVATE, v3, guarded(this::setHoldMode));
    }

    /** Equity in USD (USDT counted 1:1), every held coin valued at its USDT pair's last price, futures included. */
    private JsonObject assets(ApiCall call) {
        FuturesPortfolio.AccountView margin = portfolio.accountView(futures.account(call.account().apiKey));
        List<BalanceSnapshot> balances = exchange.balances(call.account());
        BigDecimal equity = BigDecimal.ZERO;
        boolean usdtListed = false;
        JsonArray assets = new JsonArray();
        for (BalanceSnapshot b : balances) {
            boolean usdt = b.coin().equals(margin.marginCoin());
            if (b.total().signum() == 0 && !usdt) {
                continue;
            }
            usdtListed |= usdt;
            JsonObject a = usdt ? asset(b.coin(), b.total(), b.available(), b.frozen(), margin)
                    : asset(b.coin(), b.total(), b.available(), b.frozen(), null);
            equity = equity.add(a.get("usdValue").getAsBigDecimal());
            assets.add(a);
        }
        if (!usdtListed) {
            JsonObject a = asset(margin.marginCoin(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, margin);
            equity = equity.add(a.get("usdValue").getAsBigDecimal());
            assets.add(a);
        }
        BigDecimal btcPrice = exchange.usdtPrice("BTC");
        BigDecimal initialMargin = margin.crossedMargin().add(margin.isolatedMargin());
        JsonObject o = new JsonObject();
        o.addProperty("accountEquity", decimal(equity));
        o.addProperty("usdtEquity", decimal(equity));
        o.addProperty("btcEquity", decimal(inBtc(equity, btcPrice)));
        o.addProperty("unrealisedPnl", decimal(margin.unrealised()));
        o.addProperty("usdtUnrealisedPnl", decimal(margin.unrealised()));
        o.addProperty("btcUnrealizedPnl", decimal(inBtc(margin.unrealised(), btcPrice)));
        o.addProperty("effEquity", decimal(equity));
        o.addProperty("mmr", "0"); // the testkit never liquidates
        o.addProperty("imr", decimal(initialMargin));
        o.addProperty("mgnRatio", "0");
        o.addProperty("positionMgnRatio", "0");
        o.add("assets", assets);
        return o;
    }

    /** One coin's line; the margin coin's adds the futures wallet, its unrealised PnL and its locked margins. */
    private JsonObject asset(String coin, BigDecimal total, BigDecimal available, BigDecimal frozen,
                             FuturesPortfolio.@Nullable AccountView margin) {
        BigDecimal balance = total;
        BigDecimal coinEquity = total;
        BigDecimal free = available;
        BigDecimal locked = frozen;
        if (margin != null) {
            balance = balance.add(margin.cash());
            coinEquity = balance.add(margin.unrealised());
            free = free.add(margin.available().max(BigDecimal.ZERO));
            locked = locked.add(margin.locked()).add(margin.crossedMargin()).add(margin.isolatedMargin());
        }
        BigDecimal usd = coinEquity.multiply(exchange.usdtPrice(coin)).setScale(4, RoundingMode.HALF_UP);
        JsonObject a = new JsonObject();
        a.addProperty("coin", coin);
        a.addProperty("equity", decimal(coinEquity));
        a.addProperty("usdValue", decimal(usd));
        a.addProperty("balance", decimal(balance));
        a.addProperty("available", decimal(free));
        a.addProperty("debt", "0");
        a.addProperty("locked", decimal(locked));
        return a;
    }

    private static BigDecimal inBtc(BigDecimal usd, BigDecimal btcPrice) {
        return btcPrice.signum() == 0 ? BigDecimal.ZERO : usd.divide(btcPrice, 8, RoundingMode.HALF_UP);
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

    /** The hold mode and the margin mode and leverage of every futures symbol the account has touched. */
    private JsonObject settings(ApiCall call) {
        FuturesAccount account = futures.account(call.account().apiKey);
        JsonArray symbols = new JsonArray();
        portfolio.allSettings(account).forEach((symbol, s) -> {
            JsonObject c = new JsonObject();
            c.addProperty("category", FuturesWireV3.USDT_FUTURES);
            c.addProperty("symbol", symbol);
            c.addProperty("marginMode", FuturesWireV2.marginMode(s.marginMode()));
            c.addProperty("leverage", Integer.toString(s.marginMode() == MarginMode.CROSSED ? s.crossLeverage() : s.longLeverage()));
            symbols.add(c);
        });
        JsonObject o = new JsonObject();
        o.addProperty("uid", call.account().userId);
        o.addProperty("accountMode", "unified");
        o.addProperty("assetMode", "multi_assets");
        o.addProperty("accountLevel", "advanced");
        o.addProperty("holdMode", FuturesWireV3.holdMode(futures.posMode(account)));
        o.addProperty("stpMode", "none");
        o.add("symbolConfigList", symbols);
        o.add("coinConfigList", new JsonArray());
        return o;
    }

    /**
     * Futures: the symbol's leverage, as V2's set-leverage does (one value in crossed mode; per side in isolated
     * mode, {@code posSide} or {@code longLeverage}/{@code shortLeverage}). MARGIN: accepted, nothing is simulated.
     */
    private JsonPrimitive setLeverage(ApiCall call) {
        Params p = call.params();
        String category = p.required("category");
        p.requiredPositive("leverage");
        Integer leverage = whole(p, "leverage");
        if (category.equalsIgnoreCase("MARGIN")) {
            p.required("coin");
            return new JsonPrimitive("success");
        }
        if (!FuturesWireV3.isFutures(category)) {
            throw ApiError.invalidParameter("category");
        }
        String symbol = p.required("symbol");
        if (!FuturesWireV3.usdtFutures(category)) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        FuturesWireV2.marginMode(p.optional("marginMode"));
        portfolio.setLeverage(futures.account(call.account().apiKey), symbol.toUpperCase(Locale.ROOT), leverage,
                whole(p, "longLeverage"), whole(p, "shortLeverage"), FuturesWireV3.posSide(p));
        return new JsonPrimitive("success");
    }

    /** A leverage is a whole number on Bitget; null when absent. */
    private static @Nullable Integer whole(Params p, String name) {
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

    /** @throws FuturesException POSITION_MODE_LOCKED while the futures account has a position or an open order */
    private JsonPrimitive setHoldMode(ApiCall call) {
        String mode = call.params().requiredChoice("holdMode", "one_way_mode", "hedge_mode");
        portfolio.setPositionMode(futures.account(call.account().apiKey),
                mode.equals("hedge_mode") ? PositionMode.HEDGE : PositionMode.ONE_WAY);
        return new JsonPrimitive("success");
    }
}
