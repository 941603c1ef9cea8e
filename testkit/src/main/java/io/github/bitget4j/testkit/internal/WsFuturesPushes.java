package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The futures channels of every futures product type (the testkit's one futures market serves them all): public
 * ticker, trades and books (V2 and V3), the V2 private {@code orders}, {@code fill}, {@code positions} and
 * {@code account} channels, and the futures orders and fills on the V3 {@code order} and {@code fill} topics; pushed
 * from the simulated futures market as it changes. Field names are Bitget's.
 */
final class WsFuturesPushes {

    private static final String FUNDING_RATE = "0.0001";
    private static final long FUNDING_INTERVAL_MS = 8 * 3600_000L;
    private static final Set<String> BOOKS = Set.of("books", "books1", "books5", "books15", "books50");

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
                engine.recentTrades(channel.symbol(), 50).forEach(t -> data.add(WsFuturesRecords.trade(session.v3, t)));
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
            case FuturesEvents.OrderChanged changed -> forPrivate(changed.apiKey(), (session, channel, arg) -> {
                String name = channel.name();
                if (session.v3 && name.equals("order")) {
                    send(session, arg, WsFuturesRecords.orderV3(changed.order()), now);
                } else if (!session.v3 && name.equals("orders") && matches(arg, changed.order().symbol())) {
                    send(session, arg, WsFuturesRecords.order(changed.order(), null), now);
                } else if (!session.v3 && name.equals("account")) {
                    session.send(WsPushes.push("snapshot", arg, account(changed.apiKey(), now), now));
                }
            });
            case FuturesEvents.Filled filled -> forPrivate(filled.apiKey(), (session, channel, arg) -> {
                if (session.v3) {
                    switch (channel.name()) {
                        case "order" -> send(session, arg, WsFuturesRecords.orderV3(filled.order()), now);
                        case "fill" -> send(session, arg, WsFuturesRecords.fillV3(filled.fill(), filled.order()), now);
                        default -> {
                        }
                    }
                    return;
                }
                boolean symbol = matches(arg, filled.fill().symbol());
                switch (channel.name()) {
                    case "orders" -> {
                        if (symbol) {
                            send(session, arg, WsFuturesRecords.order(filled.order(), filled.fill()), now);
                        }
                    }
                    case "fill" -> {
                        if (symbol) {
                            send(session, arg, WsFuturesRecords.fill(filled.fill()), now);
                        }
                    }
                    case "positions" -> session.send(WsPushes.push("snapshot", arg, positions(filled.apiKey(), now), now));
                    case "account" -> session.send(WsPushes.push("snapshot", arg, account(filled.apiKey(), now), now));
                    default -> {
                    }
                }
            });
            case FuturesEvents.PlansChanged ignored -> { // the state channels' business (WsStateFeeds)
            }
        }
    }

    private static void send(WsSession session, JsonObject arg, JsonObject record, long now) {
        session.send(WsPushes.push("snapshot", arg, WsPushes.one(record), now));
    }

    private static boolean matches(JsonObject arg, String symbol) {
        String instId = WsTradeApi.text(arg, "instId");
        return instId.equals("default") || instId.equals(symbol);
    }

    private void publicChanged(FuturesEngine.PublicTrade trade, long now) {
        String symbol = trade.symbol();
        for (WsSession session : open) {
            for (WsChannels.Channel channel : session.channels.values()) {
                JsonObject arg = session.subscriptions.get(channel.key());
                if (!channel.futures() || !channel.symbol().equals(symbol) || arg == null) {
                    continue;
                }
                String name = channel.name();
                if (name.equals("trade") || name.equals("publicTrade")) {
                    session.send(WsPushes.push("update", arg, WsPushes.one(WsFuturesRecords.trade(session.v3, trade)), now));
                } else if (name.equals("ticker")) {
                    session.send(WsPushes.push("snapshot", arg, WsPushes.one(ticker(session.v3, symbol, now)), now));
                } else if (BOOKS.contains(name)) { // the whole book again: a snapshot resets the subscriber's book
                    session.send(books(session.v3, name, symbol, arg, now));
                }
            }
        }
    }

    /** The key's V2 futures subscriptions and V3 unified-account ones. */
    private void forPrivate(String apiKey, WsSession.PrivateSubscription action) {
        WsSession.forPrivate(open, apiKey, (session, channel) -> session.v3 || channel.futures(), action);
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
