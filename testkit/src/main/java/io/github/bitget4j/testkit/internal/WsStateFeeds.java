package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.WsChannels.Channel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The channels whose push is the current state of something, all served one way: the whole state right after the
 * subscription (when there is any), then again each time an event may have changed it. Public: candles (V2
 * {@code candle{interval}}, V3 {@code kline}, spot and futures) and the V2 {@code index-price}, pushed again on each
 * trade of the symbol. Private: V2 {@code orders-algo}, {@code positions-history}, {@code account-crossed} and
 * {@code account-isolated}; V3 {@code position} and {@code strategy-order}, pushed again on each event of the account
 * that touches them.
 */
final class WsStateFeeds {

    /** Plan orders and closed positions shown: the most recently changed ones. */
    private static final int RECENT = 20;

    /** What makes a state channel change. */
    enum Trigger { SPOT_TRADE, FUTURES_TRADE, SPOT_BALANCES, FUTURES_FILL, SPOT_PLANS, FUTURES_PLANS }

    /** What a channel shows now for its subscriber ({@code apiKey} null on public channels); empty when nothing. */
    @FunctionalInterface
    private interface View {
        JsonArray data(Channel channel, JsonObject arg, @Nullable String apiKey, long now);
    }

    private record Feed(View view, Set<Trigger> triggers) {
    }

    private final WsMarkets markets;
    private final List<WsSession> open;
    private final ServerClock clock;
    private final Map<String, Feed> feeds = new HashMap<>();

    /** @param open the hub's open sockets (a concurrent list the hub keeps current) */
    WsStateFeeds(WsMarkets markets, List<WsSession> open, ServerClock clock) {
        this.markets = markets;
        this.open = open;
        this.clock = clock;
        Exchange exchange = markets.exchange();
        FuturesEngine futures = markets.futures();
        Function<String, SymbolSpec> spot = exchange::spec;
        Function<String, SymbolSpec> contract = symbol -> futures.contract(symbol).book();
        feed("v2|SPOT|candle", (c, arg, key, now) -> candleV2(spot, c, now), Trigger.SPOT_TRADE);
        feed("v2|FUTURES|candle", (c, arg, key, now) -> candleV2(contract, c, now), Trigger.FUTURES_TRADE);
        feed("v3|SPOT|kline", (c, arg, key, now) -> klineV3(spot, c, arg, now), Trigger.SPOT_TRADE);
        feed("v3|FUTURES|kline", (c, arg, key, now) -> klineV3(contract, c, arg, now), Trigger.FUTURES_TRADE);
        feed("v2|SPOT|index-price", (c, arg, key, now) -> WsPushes.one(
                WsStateRecords.indexPrice(c.symbol(), exchange.lastPrice(c.symbol()), now)), Trigger.SPOT_TRADE);
        feed("v2|SPOT|orders-algo", (c, arg, key, now) -> spotPlans(key, instId(arg), WsStateRecords::algoOrder),
                Trigger.SPOT_PLANS);
        feed("v2|FUTURES|orders-algo", (c, arg, key, now) -> futuresPlans(key, instId(arg), WsStateRecords::algoOrder),
                Trigger.FUTURES_PLANS);
        feed("v2|FUTURES|positions-history", (c, arg, key, now) -> closedPositions(key, instId(arg)), Trigger.FUTURES_FILL);
        feed("v2|MARGIN|account-crossed", (c, arg, key, now) -> marginAccount(key, arg, false, now), Trigger.SPOT_BALANCES);
        feed("v2|MARGIN|account-isolated", (c, arg, key, now) -> marginAccount(key, arg, true, now), Trigger.SPOT_BALANCES);
        feed("v3|UTA|position", (c, arg, key, now) -> positionsV3(key), Trigger.FUTURES_FILL);
        feed("v3|UTA|strategy-order", (c, arg, key, now) -> {
            JsonArray data = spotPlans(key, "default", WsStateRecords::strategyOrder);
            data.addAll(futuresPlans(key, "default", WsStateRecords::strategyOrder));
            return data;
        }, Trigger.SPOT_PLANS, Trigger.FUTURES_PLANS);

        exchange.addListener(this::onMarketEvent);
        futures.events().listen(this::onFuturesEvent);
        markets.spotPlans().onChange(apiKey -> changed(Trigger.SPOT_PLANS, null, apiKey));
    }

    private void feed(String key, View view, Trigger first, Trigger... more) {
        feeds.put(key, new Feed(view, EnumSet.of(first, more)));
    }

    private static String key(boolean v3, Channel channel) {
        String name = !v3 && channel.name().startsWith("candle") ? "candle" : channel.name();
        return (v3 ? "v3|" : "v2|") + channel.family() + "|" + name;
    }

    /** Whether the channel is one of these. */
    boolean serves(boolean v3, Channel channel) {
        return feeds.containsKey(key(v3, channel));
    }

    /** The push that follows a subscription to a channel this serves, or null when it has nothing to show yet. */
    @Nullable String snapshot(WsSession session, Channel channel, JsonObject arg) {
        Feed feed = feeds.get(key(session.v3, channel));
        if (feed == null) {
            return null;
        }
        long now = clock.millis();
        JsonArray data = feed.view().data(channel, arg, session.apiKey(), now);
        return data.isEmpty() ? null : WsPushes.push("snapshot", arg, data, now);
    }

    // ---- events

    private void onMarketEvent(MarketEvent event) {
        switch (event) {
            case MarketEvent.Traded trade -> changed(Trigger.SPOT_TRADE, trade.symbol(), null);
            case MarketEvent.BalancesChanged balances -> changed(Trigger.SPOT_BALANCES, null, balances.apiKey());
            default -> {
            }
        }
    }

    private void onFuturesEvent(FuturesEvents.Event event) {
        switch (event) {
            case FuturesEvents.Traded traded -> changed(Trigger.FUTURES_TRADE, traded.trade().symbol(), null);
            case FuturesEvents.Filled filled -> changed(Trigger.FUTURES_FILL, null, filled.apiKey());
            case FuturesEvents.PlansChanged plans -> changed(Trigger.FUTURES_PLANS, null, plans.apiKey());
            case FuturesEvents.OrderChanged ignored -> {
            }
        }
    }

    /**
     * Pushes the channels the trigger touches again: public ones of {@code symbol} to everyone, private ones to the
     * sockets of {@code apiKey}.
     */
    private void changed(Trigger trigger, @Nullable String symbol, @Nullable String apiKey) {
        long now = clock.millis();
        for (WsSession session : open) {
            if (apiKey != null && !apiKey.equals(session.apiKey())) {
                continue;
            }
            for (Channel channel : session.channels.values()) {
                Feed feed = feeds.get(key(session.v3, channel));
                JsonObject arg = session.subscriptions.get(channel.key());
                if (feed == null || arg == null || !feed.triggers().contains(trigger)
                        || symbol != null && !symbol.equals(channel.symbol())) {
                    continue;
                }
                // an empty list is news too: the last position closed, the last plan order went away
                JsonArray data = feed.view().data(channel, arg, session.apiKey(), now);
                session.send(WsPushes.push(apiKey == null ? "update" : "snapshot", arg, data, now));
            }
        }
    }

    // ---- views

    private static JsonArray candleV2(Function<String, SymbolSpec> specs, Channel channel, long now) {
        long interval = Candles.wsInterval(channel.name().substring("candle".length()));
        return WsPushes.one(WsStateRecords.candleV2(Candles.current(specs.apply(channel.symbol()), interval, now)));
    }

    private static JsonArray klineV3(Function<String, SymbolSpec> specs, Channel channel, JsonObject arg, long now) {
        long interval = Candles.wsInterval(WsTradeApi.text(arg, "interval"));
        return WsPushes.one(WsStateRecords.klineV3(Candles.current(specs.apply(channel.symbol()), interval, now)));
    }

    private static String instId(JsonObject arg) {
        return WsTradeApi.text(arg, "instId");
    }

    private static boolean matches(String instId, String symbol) {
        return instId.equals("default") || instId.equals(symbol);
    }

    private JsonArray spotPlans(@Nullable String apiKey, String instId, Function<SpotPlan, JsonObject> write) {
        JsonArray data = new JsonArray();
        if (apiKey != null) {
            List<SpotPlan> plans = new ArrayList<>(markets.spotPlans().list(markets.exchange().account(apiKey),
                    p -> matches(instId, p.symbol())));
            plans.sort(Comparator.comparingLong(SpotPlan::updatedTime).reversed());
            plans.stream().limit(RECENT).forEach(p -> data.add(write.apply(p)));
        }
        return data;
    }

    private JsonArray futuresPlans(@Nullable String apiKey, String instId, Function<PlanOrder, JsonObject> write) {
        JsonArray data = new JsonArray();
        if (apiKey != null) {
            List<PlanOrder> plans = new ArrayList<>(markets.futuresPlans().plans(markets.futures().account(apiKey),
                    p -> matches(instId, p.symbol())));
            plans.sort(Comparator.comparingLong(PlanOrder::updatedTime).reversed());
            plans.stream().limit(RECENT).forEach(p -> data.add(write.apply(p)));
        }
        return data;
    }

    private JsonArray closedPositions(@Nullable String apiKey, String instId) {
        JsonArray data = new JsonArray();
        if (apiKey != null) {
            FuturesAccount account = markets.futures().account(apiKey);
            PositionMode mode = markets.futures().posMode(account);
            markets.portfolio().closedPositions(account).stream() // newest first
                    .filter(c -> matches(instId, c.symbol())).limit(RECENT)
                    .forEach(c -> data.add(WsStateRecords.closedPosition(c, mode)));
        }
        return data;
    }

    private JsonArray positionsV3(@Nullable String apiKey) {
        JsonArray data = new JsonArray();
        if (apiKey != null) {
            markets.portfolio().positions(markets.futures().account(apiKey), null)
                    .forEach(v -> data.add(WsStateRecords.positionV3(v)));
        }
        return data;
    }

    private JsonArray marginAccount(@Nullable String apiKey, JsonObject arg, boolean isolated, long now) {
        if (apiKey == null) {
            return new JsonArray();
        }
        Exchange exchange = markets.exchange();
        return WsStateRecords.marginAccount(exchange.balances(exchange.account(apiKey)),
                isolated ? List.copyOf(exchange.specs()) : List.of(), WsTradeApi.text(arg, "coin"), now);
    }
}
