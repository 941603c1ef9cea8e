package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.bitget4j.testkit.BookView;
import io.github.bitget4j.testkit.WsConnectionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.jspecify.annotations.Nullable;

/**
 * The testkit's WebSocket side: accepts sockets on the four Bitget paths, logs users in with the REST
 * side's keys and checks, keeps subscriptions, pushes market changes, runs the WS API, applies faults,
 * and closes sockets that stay silent (Bitget closes after 30 s without a message).
 */
public final class WsHub {

    static final List<String> PATHS = List.of("/v2/ws/public", "/v2/ws/private", "/v3/ws/public", "/v3/ws/private");
    private final WsLogin login;
    private final ServerClock clock;
    private final Scheduler scheduler;
    private final WsFaultPlan faults;
    private final long idleTimeoutNanos;
    private final WsTradeApi tradeApi;
    private final WsChannels channels;
    private final WsBooks books;
    private final WsSpotPushes spotPushes;
    private final WsFuturesPushes futuresPushes;
    private final WsStateFeeds stateFeeds;
    private final List<WsSession> open = new CopyOnWriteArrayList<>();
    private final Queue<WsSession> accepted = new ConcurrentLinkedQueue<>();
    private final Queue<WsConnectionRecord> refused = new ConcurrentLinkedQueue<>();

    WsHub(WsMarkets markets, Authenticator authenticator, ServerClock clock, Scheduler scheduler, WsFaultPlan faults,
          Duration idleTimeout) {
        Exchange exchange = markets.exchange();
        this.login = new WsLogin(authenticator);
        this.clock = clock;
        this.scheduler = scheduler;
        this.faults = faults;
        this.idleTimeoutNanos = idleTimeout.toNanos();
        this.tradeApi = new WsTradeApi(exchange);
        this.channels = new WsChannels(exchange, markets.futures());
        this.spotPushes = new WsSpotPushes(exchange, open, clock);
        this.futuresPushes = new WsFuturesPushes(markets.futures(), markets.portfolio(), open, clock);
        this.stateFeeds = new WsStateFeeds(markets, open, clock);
        this.books = new WsBooks(exchange, faults, clock, open);
        faults.onDropConnections(this::dropConnections);
        exchange.addListener(event -> {
            if (event instanceof MarketEvent.BookChanged changed) {
                books.exchangeChanged(changed.symbol());
            }
        });
    }

    /** Maps the four paths on the server's WebSocket container. */
    void install(ServerWebSocketContainer container) {
        container.setMaxTextMessageSize(16 * 1024 * 1024);
        container.setIdleTimeout(Duration.ZERO); // silence is judged by received messages only, below
        for (String path : PATHS) {
            container.addMapping(path, (request, response, callback) -> {
                if (faults.takeRefusal()) {
                    Instant now = Instant.now();
                    refused.add(new WsConnectionRecord(path, now, now, true, null));
                    Response.writeError(request, response, callback, 503);
                    return null;
                }
                return new WsSession(this, path);
            });
        }
    }

    /** Starts closing silent sockets; call once the server (and its scheduler) runs. */
    void start() {
        scheduleSilenceCheck();
    }

    WsFaultPlan faults() {
        return faults;
    }

    // ---- lifecycle of sockets (called by WsSession)

    void opened(WsSession session) {
        open.add(session);
        accepted.add(session);
        Duration dropAfter = faults.dropAfter(session.path);
        if (dropAfter != null) {
            scheduler.schedule(session::drop, dropAfter.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    void closed(WsSession session) {
        open.remove(session);
    }

    private void dropConnections(String path) {
        for (WsSession session : open) {
            if (session.path.equals(path)) {
                session.drop();
            }
        }
    }

    private void scheduleSilenceCheck() {
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(50), Math.min(idleTimeoutNanos / 4, TimeUnit.SECONDS.toNanos(1)));
        if (!scheduler.isRunning()) {
            return; // the server stopped
        }
        scheduler.schedule(() -> {
            long now = System.nanoTime();
            for (WsSession session : open) {
                if (session.silentNanos(now) > idleTimeoutNanos) {
                    session.close(1000, "no message for " + TimeUnit.NANOSECONDS.toSeconds(idleTimeoutNanos) + " s");
                }
            }
            scheduleSilenceCheck();
        }, period, TimeUnit.NANOSECONDS);
    }

    // ---- requests

    void received(WsSession session, String text) {
        if (text.equals("ping")) {
            session.send("pong");
            return;
        }
        JsonObject request;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            request = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            session.send(error(30002, "Illegal request", null));
            return;
        }
        switch (WsTradeApi.text(request, "op")) {
            case "login" -> login(session, request);
            case "subscribe" -> subscribe(session, request, true);
            case "unsubscribe" -> subscribe(session, request, false);
            case "trade" -> trade(session, request);
            default -> session.send(error(30003, "Invalid op", null));
        }
    }

    private void login(WsSession session, JsonObject request) {
        if (faults.takeFailedLogin()) {
            session.send(error(30005, "Login failed", null));
            return;
        }
        WsLogin.Outcome outcome = session.privatePath
                ? login.check(request, clock.millis()) : new WsLogin.Outcome(null, 30016, "Login is for private sockets");
        if (outcome.apiKey() == null) {
            session.send(error(outcome.code(), outcome.msg(), null));
            return;
        }
        session.loggedIn(outcome.apiKey());
        JsonObject ok = new JsonObject();
        ok.addProperty("event", "login");
        ok.addProperty("code", 0);
        session.send(Json.GSON.toJson(ok));
    }

    private void subscribe(WsSession session, JsonObject request, boolean subscribing) {
        JsonElement args = request.get("args");
        if (args == null || !args.isJsonArray()) {
            session.send(error(30016, "Param error", null));
            return;
        }
        for (JsonElement element : args.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                session.send(error(30016, "Param error", null));
                continue;
            }
            JsonObject arg = element.getAsJsonObject();
            WsChannels.Channel channel = channels.parse(session.v3, arg);
            if (channel == null || channel.privateChannel() != session.privatePath) {
                session.send(error(30001, "channel does not exist: " + Json.GSON.toJson(arg), arg));
                continue;
            }
            if (channel.privateChannel() && session.apiKey() == null) {
                session.send(error(30004, "User needs to log in", arg));
                continue;
            }
            if (!subscribing) {
                session.subscriptions.remove(channel.key());
                session.channels.remove(channel.key());
                session.send(ack("unsubscribe", arg));
                continue;
            }
            session.channels.put(channel.key(), channel);
            if (channel.spot() && channel.name().startsWith("books")) {
                books.subscribe(session, channel, arg, ack("subscribe", arg));
                continue;
            }
            session.subscriptions.put(channel.key(), arg.deepCopy());
            session.send(ack("subscribe", arg));
            String snapshot = stateFeeds.serves(session.v3, channel) ? stateFeeds.snapshot(session, channel, arg)
                    : channel.futures() ? futuresPushes.snapshot(session, channel, arg)
                    : spotPushes.snapshot(session, channel, arg);
            if (snapshot != null) {
                session.send(snapshot);
            }
        }
    }

    private void trade(WsSession session, JsonObject request) {
        String apiKey = session.apiKey();
        if (!session.v3 || !session.privatePath || apiKey == null) {
            session.send(error(30004, "User needs to log in", null));
            return;
        }
        String reply = tradeApi.execute(apiKey, request, clock.millis());
        if (faults.takeDropOnTrade()) {
            session.drop(); // executed, but the client never learns the outcome
            return;
        }
        Duration delay = faults.tradeReplyDelay();
        if (delay.isZero()) {
            session.send(reply);
        } else {
            scheduler.schedule(() -> session.send(reply), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    // ---- views for TestkitServer

    int pushBookUpdates(String symbol, int count) {
        return books.pushRandomUpdates(symbol, count);
    }

    BookView serverBook(String symbol) {
        return books.view(symbol);
    }

    int pushTicker(String symbol) {
        return spotPushes.pushTicker(symbol);
    }

    Set<String> subscriptions(String path) {
        Set<String> all = new TreeSet<>();
        for (WsSession session : open) {
            if (session.path.equals(path) && session.isOpen()) {
                all.addAll(session.subscriptions.keySet());
            }
        }
        return all;
    }

    List<WsConnectionRecord> connections() {
        List<WsConnectionRecord> records = new ArrayList<>(refused);
        for (WsSession session : accepted) {
            records.add(new WsConnectionRecord(session.path, session.openedAt, session.closedAt(), false, session.apiKey()));
        }
        records.sort(Comparator.comparing(WsConnectionRecord::openedAt));
        return records;
    }

    private static String ack(String event, JsonObject arg) {
        JsonObject ack = new JsonObject();
        ack.addProperty("event", event);
        ack.add("arg", arg);
        return Json.GSON.toJson(ack);
    }

    private static String error(int code, String msg, @Nullable JsonObject arg) {
        JsonObject error = new JsonObject();
        error.addProperty("event", "error");
        if (arg != null) {
            error.add("arg", arg);
        }
        error.addProperty("code", code);
        error.addProperty("msg", msg);
        return Json.GSON.toJson(error);
    }
}
