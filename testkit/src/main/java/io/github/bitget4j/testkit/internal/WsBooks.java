package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BookView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spot {@code books} channels (V2 {@code books}, {@code books1/5/15}; V3 {@code books}, {@code books1/5/50}) of every symbol: a
 * snapshot on subscribe, then an update for each change of the exchange's book or each synthetic change.
 * Everything for one symbol happens under its feed's lock, so each subscriber sees its snapshot and then
 * every later update, in order.
 */
final class WsBooks {

    private static final List<String> FIXED_DEPTHS_V2 = List.of("books1", "books5", "books15");
    private static final List<String> FIXED_DEPTHS_V3 = List.of("books1", "books5", "books50");

    private final Exchange exchange;
    private final WsFaultPlan faults;
    private final ServerClock clock;
    private final List<WsSession> open;
    private final Map<String, BookFeed> feeds = new LinkedHashMap<>();

    /** @param open the hub's open sockets (a concurrent list the hub keeps current) */
    WsBooks(Exchange exchange, WsFaultPlan faults, ServerClock clock, List<WsSession> open) {
        this.exchange = exchange;
        this.faults = faults;
        this.clock = clock;
        this.open = open;
        for (SymbolSpec spec : exchange.specs()) {
            feeds.put(spec.symbol(), new BookFeed(spec, exchange.fullDepth(spec.symbol())));
        }
    }

    /** Registers the subscription, then sends the ack and the snapshot, with no update in between. */
    void subscribe(WsSession session, WsChannels.Channel channel, JsonObject arg, String ack) {
        BookFeed feed = feed(channel.symbol());
        feed.lock().lock();
        try {
            session.subscriptions.put(channel.key(), arg.deepCopy());
            session.send(ack);
            session.send(snapshot(session.v3, arg, feed, depthOf(channel.name())));
        } finally {
            feed.lock().unlock();
        }
    }

    /** Pushes the difference between the exchange's book and the last one seen, if any. */
    void exchangeChanged(String symbol) {
        BookFeed feed = feed(symbol);
        feed.lock().lock();
        try {
            BookFeed.Update update = feed.exchangeChanged(exchange.fullDepth(symbol));
            if (update != null) {
                send(feed, update);
            }
        } finally {
            feed.lock().unlock();
        }
    }

    /** @return frames sent */
    int pushRandomUpdates(String symbol, int count) {
        BookFeed feed = feed(symbol);
        int sent = 0;
        feed.lock().lock();
        try {
            for (int i = 0; i < count; i++) {
                sent += send(feed, feed.randomUpdate());
            }
        } finally {
            feed.lock().unlock();
        }
        return sent;
    }

    BookView view(String symbol) {
        BookFeed feed = feed(symbol);
        feed.lock().lock();
        try {
            return new BookView(pairs(feed.side(true, Integer.MAX_VALUE)), pairs(feed.side(false, Integer.MAX_VALUE)));
        } finally {
            feed.lock().unlock();
        }
    }

    /** Sends one update to the symbol's subscribers (fixed-depth ones get a fresh snapshot); lock held. */
    private int send(BookFeed feed, BookFeed.Update update) {
        String symbol = feed.spec.symbol();
        int checksum = faults.takeBadChecksum(symbol) ? update.checksum() ^ 0x5bd1e995 : update.checksum();
        long now = clock.millis();
        String v2 = null;
        String v3 = null;
        int sent = 0;
        for (WsSession session : open) {
            JsonObject arg = session.subscriptions.get(session.v3 ? "spot|books|" + symbol : "SPOT|books|" + symbol);
            if (arg != null) { // one text per version: every subscriber of a version gets the same frame
                if (session.v3) {
                    v3 = v3 != null ? v3 : updateFrame(true, arg, update, checksum, now);
                    session.send(v3);
                } else {
                    v2 = v2 != null ? v2 : updateFrame(false, arg, update, checksum, now);
                    session.send(v2);
                }
                sent++;
            }
            for (String name : session.v3 ? FIXED_DEPTHS_V3 : FIXED_DEPTHS_V2) {
                JsonObject fixed = session.subscriptions.get((session.v3 ? "spot|" : "SPOT|") + name + "|" + symbol);
                if (fixed != null) {
                    session.send(snapshot(session.v3, fixed, feed, depthOf(name)));
                    sent++;
                }
            }
        }
        return sent;
    }

    private String snapshot(boolean v3, JsonObject arg, BookFeed feed, int depth) {
        long now = clock.millis();
        JsonObject data = BookFeed.data(v3, feed.side(true, depth), feed.side(false, depth), feed.checksum(),
                feed.seq(), feed.seq(), now);
        if (depth != Integer.MAX_VALUE) {
            data.remove("checksum"); // fixed-depth snapshots replace the book each time; nothing to verify
        }
        return WsPushes.push("snapshot", arg, WsPushes.one(data), now);
    }

    private static String updateFrame(boolean v3, JsonObject arg, BookFeed.Update update, int checksum, long now) {
        JsonObject data = BookFeed.data(v3, update.bids(), update.asks(), checksum, update.seq(), update.previousSeq(), now);
        return WsPushes.push("update", arg, WsPushes.one(data), now);
    }

    /** {@code books} is the full book; {@code booksN} the N best levels. */
    private static int depthOf(String channel) {
        return channel.equals("books") ? Integer.MAX_VALUE : Integer.parseInt(channel.substring("books".length()));
    }

    private BookFeed feed(String symbol) {
        BookFeed feed = feeds.get(symbol);
        if (feed == null) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
        return feed;
    }

    private static List<List<String>> pairs(List<BookFeed.Level> levels) {
        return levels.stream().map(level -> List.of(level.price(), level.size())).toList();
    }
}
