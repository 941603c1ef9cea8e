package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BalanceSnapshot;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jspecify.annotations.Nullable;

/**
 * The spot exchange's event channels: public ticker and trades (V2 {@code SPOT}, V3 {@code spot}); the V2 private
 * {@code orders}, {@code fill}, {@code account} and margin {@code orders-crossed}/{@code orders-isolated} channels; the
 * V3 {@code order}, {@code fill} and {@code account} topics for spot. Books are {@link WsBooks}'s business.
 */
final class WsSpotPushes {

    private static final int RECENT_TRADES = 50;

    private final Exchange exchange;
    private final WsPushes pushes;
    private final List<WsSession> open;
    private final ServerClock clock;
    private final Map<String, Deque<MarketEvent.Traded>> recentTrades = new LinkedHashMap<>();

    /** @param open the hub's open sockets (a concurrent list the hub keeps current) */
    WsSpotPushes(Exchange exchange, List<WsSession> open, ServerClock clock) {
        this.exchange = exchange;
        this.pushes = new WsPushes(exchange);
        this.open = open;
        this.clock = clock;
        for (SymbolSpec spec : exchange.specs()) {
            recentTrades.put(spec.symbol(), new ConcurrentLinkedDeque<>());
        }
        exchange.addListener(this::onMarketEvent);
    }

    /** The push that follows a subscription, or null when the channel starts with nothing. */
    @Nullable String snapshot(WsSession session, WsChannels.Channel channel, JsonObject arg) {
        long now = clock.millis();
        return switch (channel.name()) {
            case "ticker" -> WsPushes.push("snapshot", arg, WsPushes.one(pushes.ticker(session.v3, channel.symbol(), now)), now);
            case "trade", "publicTrade" -> {
                JsonArray data = new JsonArray();
                recentTrades.get(channel.symbol()).forEach(t -> data.add(WsPushes.trade(session.v3, t)));
                yield WsPushes.push("snapshot", arg, data, now);
            }
            case "account" -> {
                String apiKey = session.apiKey();
                yield apiKey == null ? null : accountPush(session, arg, exchange.balances(exchange.account(apiKey)), now);
            }
            default -> null;
        };
    }

    /** Pushes a ticker to the symbol's subscribers; the number of pushes sent. */
    int pushTicker(String symbol) {
        exchange.spec(symbol);
        long now = clock.millis();
        int sent = 0;
        for (WsSession session : open) {
            JsonObject arg = session.subscriptions.get((session.v3 ? "spot" : "SPOT") + "|ticker|" + symbol);
            if (arg != null) {
                session.send(WsPushes.push("snapshot", arg, WsPushes.one(pushes.ticker(session.v3, symbol, now)), now));
                sent++;
            }
        }
        return sent;
    }

    private void onMarketEvent(MarketEvent event) {
        long now = clock.millis();
        switch (event) {
            case MarketEvent.OrderChanged changed -> forPrivate(changed.apiKey(), (session, channel, arg) -> {
                String symbol = changed.order().symbol();
                if (session.v3 && channel.name().equals("order")) {
                    send(session, arg, pushes.orderV3(changed.order()), now);
                } else if (!session.v3 && isOrders(channel, arg, symbol)) {
                    JsonObject order = WsPushes.orderV2(changed.order());
                    send(session, arg, channel.family() == WsChannels.Family.MARGIN ? WsPushes.marginOrder(order) : order, now);
                }
            });
            case MarketEvent.Filled fill -> forPrivate(fill.apiKey(), (session, channel, arg) -> {
                String symbol = fill.order().symbol();
                if (session.v3 && channel.name().equals("fill")) {
                    send(session, arg, pushes.fillV3(fill), now);
                } else if (!session.v3 && isOrders(channel, arg, symbol)) {
                    JsonObject order = pushes.orderV2(fill);
                    send(session, arg, channel.family() == WsChannels.Family.MARGIN ? WsPushes.marginOrder(order) : order, now);
                } else if (!session.v3 && channel.spot() && channel.name().equals("fill") && matches(arg, symbol)) {
                    send(session, arg, pushes.fillV2(fill), now);
                }
            });
            case MarketEvent.BalancesChanged balances -> forPrivate(balances.apiKey(), (session, channel, arg) -> {
                String push = channel.name().equals("account") && (session.v3 || channel.spot())
                        ? accountPush(session, arg, balances.balances(), balances.ts()) : null;
                if (push != null) {
                    session.send(push);
                }
            });
            case MarketEvent.Traded trade -> {
                Deque<MarketEvent.Traded> trades = recentTrades.get(trade.symbol());
                trades.addFirst(trade); // events come one at a time (MarketEvents), so this trim is exact
                while (trades.size() > RECENT_TRADES) {
                    trades.pollLast();
                }
                for (WsSession session : open) {
                    JsonObject arg = session.subscriptions.get(session.v3
                            ? "spot|publicTrade|" + trade.symbol() : "SPOT|trade|" + trade.symbol());
                    if (arg != null) {
                        session.send(WsPushes.push("update", arg, WsPushes.one(WsPushes.trade(session.v3, trade)), now));
                    }
                }
            }
            case MarketEvent.BookChanged ignored -> { // WsBooks
            }
        }
    }

    /** V2 spot {@code orders} (instId or default) and the margin order channels (one symbol each). */
    private static boolean isOrders(WsChannels.Channel channel, JsonObject arg, String symbol) {
        return switch (channel.family()) {
            case SPOT -> channel.name().equals("orders") && matches(arg, symbol);
            case MARGIN -> channel.name().startsWith("orders-") && matches(arg, symbol);
            default -> false;
        };
    }

    private static boolean matches(JsonObject arg, String symbol) {
        String instId = WsTradeApi.text(arg, "instId");
        return instId.equals("default") || instId.equals(symbol);
    }

    private static void send(WsSession session, JsonObject arg, JsonObject record, long now) {
        session.send(WsPushes.push("snapshot", arg, WsPushes.one(record), now));
    }

    private @Nullable String accountPush(WsSession session, JsonObject arg, List<BalanceSnapshot> balances, long ts) {
        if (session.v3) {
            return WsPushes.push("snapshot", arg, pushes.accountV3(balances, ts), ts);
        }
        String coin = WsTradeApi.text(arg, "coin");
        List<BalanceSnapshot> shown = coin.equals("default") || coin.isEmpty()
                ? balances : balances.stream().filter(b -> b.coin().equals(coin)).toList();
        return shown.isEmpty() ? null : WsPushes.push("snapshot", arg, WsPushes.accountV2(shown, ts), ts);
    }

    /** The key's V2 spot and margin subscriptions and V3 unified-account ones. */
    private void forPrivate(String apiKey, WsSession.PrivateSubscription action) {
        WsSession.forPrivate(open, apiKey, (session, channel) -> channel.family() != WsChannels.Family.FUTURES, action);
    }
}
