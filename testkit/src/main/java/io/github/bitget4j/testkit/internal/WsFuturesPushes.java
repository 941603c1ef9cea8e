package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The USDT-M futures channels: public ticker, trades and books (V2 {@code USDT-FUTURES}, V3 {@code usdt-futures}),
 * and the V2 private {@code orders}, {@code fill}, {@code positions} and {@code account} channels, pushed from the
 * simulated futures market as it changes. Field names are Bitget's.
 */
final class WsFuturesPushes {

    private static final String FUNDING_RATE = "0.0001";
    private static final long FUNDING_INTERVAL_MS = 8 * 3600_000L;

    private final FuturesEngine engine;
    private final FuturesPortfolio portfolio;
    private final List<WsSession> open;
    private final ServerClock clock;

    WsFuturesPushes(FuturesEngine engine, FuturesPortfolio portfolio, List<WsSession> open, ServerClock clock) {
        this.engine = engine;
        this.portfolio = portfolio;
        this.open = open;
        this.clock = clock;
        engine.events().listen(this::onEvent);
    }

    /** The push that follows a futures subscription, or null when the channel starts with nothing. */
    @Nullable String snapshot(WsSession session, WsChannels.Channel channel, JsonObject arg) {
        long now = clock.millis();
        String apiKey = session.apiKey();
        return switch (channel.name()) {
            case "ticker" -> WsPushes.push("snapshot", arg, WsPushes.one(ticker(session.v3, channel.symbol(), now)), now);
            case "trade", "publicTrade" -> {
                JsonArray data = new JsonArray();
                engine.recentTrades(channel.symbol(), 50).forEach(t -> data.add(trade(session.v3, t)));
                yield WsPushes.push("snapshot", arg, data, now);
            }
            case "books", "books1", "books5", "books15", "books50" -> books(session.v3, channel.name(), channel.symbol(), arg, now);
            case "positions" -> apiKey == null ? null : WsPushes.push("snapshot", arg, positions(apiKey, now), now);
            case "account" -> apiKey == null ? null : WsPushes.push("snapshot", arg, account(apiKey, now), now);
            default -> null;
        };
    }

    private void onEvent(FuturesEvents.Event event) {
        long now = clock.millis();
        switch (event) {
            case FuturesEvents.Traded traded -> publicChanged(traded.trade(), now);
            case FuturesEvents.OrderChanged changed -> forPrivate(changed.apiKey(), (session, name, arg) -> {
                if (name.equals("orders") && matches(arg, changed.order().symbol())) {
                    session.send(WsPushes.push("snapshot", arg, WsPushes.one(order(changed.order(), null)), now));
                } else if (name.equals("account")) {
                    session.send(WsPushes.push("snapshot", arg, account(changed.apiKey(), now), now));
                }
            });
            case FuturesEvents.Filled filled -> forPrivate(filled.apiKey(), (session, name, arg) -> {
                String symbol = filled.fill().symbol();
                switch (name) {
                    case "orders" -> {
                        if (matches(arg, symbol)) {
                            session.send(WsPushes.push("snapshot", arg, WsPushes.one(order(filled.order(), filled.fill())), now));
                        }
                    }
                    case "fill" -> {
                        if (matches(arg, symbol)) {
                            session.send(WsPushes.push("snapshot", arg, WsPushes.one(fill(filled.fill())), now));
                        }
                    }
                    case "positions" -> session.send(WsPushes.push("snapshot", arg, positions(filled.apiKey(), now), now));
                    case "account" -> session.send(WsPushes.push("snapshot", arg, account(filled.apiKey(), now), now));
                    default -> {
                    }
                }
            });
        }
    }

    private static boolean matches(JsonObject arg, String symbol) {
        String instId = WsTradeApi.text(arg, "instId");
        return instId.equals("default") || instId.equals(symbol);
    }

    private void publicChanged(FuturesEngine.PublicTrade trade, long now) {
        String symbol = trade.symbol();
        for (WsSession session : open) {
            String type = session.v3 ? "usdt-futures" : "USDT-FUTURES";
            JsonObject tradeArg = session.subscriptions.get(type + "|" + (session.v3 ? "publicTrade" : "trade") + "|" + symbol);
            if (tradeArg != null) {
                session.send(WsPushes.push("update", tradeArg, WsPushes.one(trade(session.v3, trade)), now));
            }
            JsonObject tickerArg = session.subscriptions.get(type + "|ticker|" + symbol);
            if (tickerArg != null) {
                session.send(WsPushes.push("snapshot", tickerArg, WsPushes.one(ticker(session.v3, symbol, now)), now));
            }
            for (String books : List.of("books", "books1", "books5", "books15", "books50")) {
                JsonObject booksArg = session.subscriptions.get(type + "|" + books + "|" + symbol);
                if (booksArg != null) { // the whole book again: a snapshot resets the subscriber's book
                    session.send(books(session.v3, books, symbol, booksArg, now));
                }
            }
        }
    }

    @FunctionalInterface
    private interface PrivateSubscription {
        void accept(WsSession session, String channel, JsonObject arg);
    }

    /** The V2 USDT-FUTURES private subscriptions of the key's sessions. */
    private void forPrivate(String apiKey, PrivateSubscription action) {
        for (WsSession session : open) {
            if (session.privatePath && !session.v3 && apiKey.equals(session.apiKey())) {
                session.subscriptions.forEach((key, arg) -> {
                    if (key.startsWith("USDT-FUTURES|")) {
                        action.accept(session, WsTradeApi.text(arg, "channel"), arg);
                    }
                });
            }
        }
    }

    // ---- data objects

    private JsonObject ticker(boolean v3, String symbol, long now) {
        OrderBook.Depth top = engine.depth(symbol, 1);
        BigDecimal last = engine.markPrice(symbol);
        BigDecimal[] volume = engine.tradedVolume(symbol);
        long nextFunding = (now / FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS;
        JsonObject o = new JsonObject();
        o.addProperty(v3 ? "symbol" : "instId", symbol);
        o.addProperty(v3 ? "lastPrice" : "lastPr", decimal(last));
        o.addProperty(v3 ? "bid1Price" : "bidPr", decimal(top.bids().getFirst().price()));
        o.addProperty(v3 ? "bid1Size" : "bidSz", decimal(top.bids().getFirst().size()));
        o.addProperty(v3 ? "ask1Price" : "askPr", decimal(top.asks().getFirst().price()));
        o.addProperty(v3 ? "ask1Size" : "askSz", decimal(top.asks().getFirst().size()));
        o.addProperty(v3 ? "volume24h" : "baseVolume", decimal(volume[0]));
        o.addProperty(v3 ? "turnover24h" : "quoteVolume", decimal(volume[1]));
        o.addProperty("markPrice", decimal(last));
        o.addProperty("indexPrice", decimal(last));
        o.addProperty("fundingRate", FUNDING_RATE);
        o.addProperty("nextFundingTime", Long.toString(nextFunding));
        o.addProperty(v3 ? "openInterest" : "holdingAmount", decimal(engine.openInterest(symbol)));
        if (!v3) {
            o.addProperty("symbolType", "perpetual");
        }
        o.addProperty("ts", Long.toString(now));
        return o;
    }

    private static JsonObject trade(boolean v3, FuturesEngine.PublicTrade t) {
        return WsPushes.trade(v3, new MarketEvent.Traded(t.symbol(), t.tradeId(), t.price(), t.size(),
                t.takerBuy() ? "buy" : "sell", t.ts()));
    }

    private String books(boolean v3, String channel, String symbol, JsonObject arg, long now) {
        int depth = channel.equals("books") ? 400 : Integer.parseInt(channel.substring("books".length()));
        OrderBook.Depth d = engine.depth(symbol, depth);
        List<BookFeed.Level> bids = levels(d.bids());
        List<BookFeed.Level> asks = levels(d.asks());
        JsonObject data = BookFeed.data(v3, bids, asks, BookFeed.checksum(bids, asks), now, now - 1, now);
        return WsPushes.push("snapshot", arg, WsPushes.one(data), now);
    }

    private static List<BookFeed.Level> levels(List<OrderBook.Level> levels) {
        var out = new ArrayList<BookFeed.Level>(levels.size());
        levels.forEach(l -> out.add(new BookFeed.Level(decimal(l.price()), decimal(l.size()))));
        return out;
    }

    /** V2 futures {@code orders}: the order, with the fill's details when the push is for one. */
    private static JsonObject order(FuturesOrderView o, @Nullable FuturesFill fill) {
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

    private static JsonObject fee(String coin) {
        JsonObject fee = new JsonObject();
        fee.addProperty("feeCoin", coin);
        fee.addProperty("fee", "0");
        return fee;
    }

    /** V2 futures {@code fill}. */
    private static JsonObject fill(FuturesFill f) {
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

    /** V2 futures {@code positions}: every open position of the account. */
    private JsonArray positions(String apiKey, long now) {
        JsonArray list = new JsonArray();
        for (PositionView v : portfolio.positions(engine.account(apiKey), null)) {
            JsonObject o = new JsonObject();
            o.addProperty("posId", v.positionId());
            o.addProperty("instId", v.symbol());
            o.addProperty("marginCoin", v.marginCoin());
            o.addProperty("marginSize", decimal(v.margin()));
            o.addProperty("marginMode", FuturesWireV2.marginMode(v.marginMode()));
            o.addProperty("holdSide", FuturesWireV2.holdSide(v.side()));
            o.addProperty("posMode", FuturesWireV2.posMode(v.posMode()));
            o.addProperty("total", decimal(v.size()));
            o.addProperty("available", decimal(v.available()));
            o.addProperty("frozen", decimal(v.locked()));
            o.addProperty("openPriceAvg", decimal(v.averagePrice()));
            o.addProperty("leverage", Integer.toString(v.leverage()));
            o.addProperty("achievedProfits", decimal(v.realised()));
            o.addProperty("unrealizedPL", decimal(v.unrealised()));
            o.addProperty("breakEvenPrice", decimal(v.averagePrice()));
            o.addProperty("totalFee", "0");
            o.addProperty("autoMargin", "off");
            o.addProperty("cTime", Long.toString(v.createdTime()));
            o.addProperty("uTime", Long.toString(v.updatedTime()));
            list.add(o);
        }
        return list;
    }

    /** V2 futures {@code account}: the USDT margin coin. */
    private JsonArray account(String apiKey, long now) {
        FuturesPortfolio.AccountView a = portfolio.accountView(engine.account(apiKey));
        JsonObject o = new JsonObject();
        o.addProperty("marginCoin", a.marginCoin());
        o.addProperty("frozen", decimal(a.locked()));
        o.addProperty("available", decimal(a.available()));
        o.addProperty("maxOpenPosAvailable", decimal(a.available()));
        o.addProperty("maxTransferOut", decimal(a.available().max(BigDecimal.ZERO)));
        o.addProperty("equity", decimal(a.equity()));
        o.addProperty("usdtEquity", decimal(a.equity()));
        o.addProperty("crossedRiskRate", "0");
        o.addProperty("unrealizedPL", decimal(a.unrealised()));
        o.addProperty("coupon", "0");
        o.addProperty("uTime", Long.toString(now));
        return WsPushes.one(o);
    }
}
