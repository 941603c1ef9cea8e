package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The {@code books} stream of one symbol: the book as pushed (strings exactly as sent), fed by the
 * exchange's changes and by synthetic random updates. Holding {@link #lock()} while sending keeps a
 * subscriber's snapshot and the updates after it in order.
 */
final class BookFeed {

    /** Bitget's checksum covers the 25 best levels of each side. */
    static final int CHECKSUM_LEVELS = 25;

    /** One level as pushed. */
    record Level(String price, String size) {
    }

    /** One update's changed levels ({@code size "0"} deletes), with its checksum and sequence number. */
    record Update(List<Level> bids, List<Level> asks, int checksum, long seq, long previousSeq) {
    }

    final SymbolSpec spec;
    private final ReentrantLock lock = new ReentrantLock();
    private final NavigableMap<BigDecimal, Level> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<BigDecimal, Level> asks = new TreeMap<>();
    /** The exchange's depth when last seen, to turn its next depth into a difference. */
    private Map<BigDecimal, BigDecimal> exchangeBids = Map.of();
    private Map<BigDecimal, BigDecimal> exchangeAsks = Map.of();
    private final Random random;
    private long seq;

    BookFeed(SymbolSpec spec, OrderBook.Depth depth) {
        this.spec = spec;
        this.random = new Random(spec.symbol().hashCode()); // seeded: the same run gives the same updates
        seq = 1;
        applyExchangeDepth(depth);
    }

    ReentrantLock lock() {
        return lock;
    }

    /** Call with the lock held. */
    List<Level> side(boolean bid, int limit) {
        List<Level> levels = new ArrayList<>(Math.min(limit, (bid ? bids : asks).size()));
        for (Level level : (bid ? bids : asks).values()) {
            if (levels.size() == limit) {
                break;
            }
            levels.add(level);
        }
        return levels;
    }

    /** Call with the lock held. */
    long seq() {
        return seq;
    }

    /** Call with the lock held. */
    int checksum() {
        return checksum(side(true, CHECKSUM_LEVELS), side(false, CHECKSUM_LEVELS));
    }

    /** Bitget's CRC32 over the 25 best levels, bid and ask interleaved: {@code bid1:size:ask1:size:bid2:...}. */
    static int checksum(List<Level> bids, List<Level> asks) {
        StringBuilder text = new StringBuilder(2048);
        for (int i = 0; i < CHECKSUM_LEVELS; i++) {
            if (i < bids.size()) {
                append(text, bids.get(i));
            }
            if (i < asks.size()) {
                append(text, asks.get(i));
            }
        }
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static void append(StringBuilder text, Level level) {
        if (!text.isEmpty()) {
            text.append(':');
        }
        text.append(level.price()).append(':').append(level.size());
    }

    /** The difference between the exchange's new depth and the last one, applied; null when nothing changed. */
    @Nullable Update exchangeChanged(OrderBook.Depth depth) {
        List<Level> changedBids = new ArrayList<>();
        List<Level> changedAsks = new ArrayList<>();
        diff(exchangeBids, toMap(depth.bids()), changedBids);
        diff(exchangeAsks, toMap(depth.asks()), changedAsks);
        applyExchangeDepth(depth);
        for (Level level : changedBids) {
            set(true, level);
        }
        for (Level level : changedAsks) {
            set(false, level);
        }
        return changedBids.isEmpty() && changedAsks.isEmpty() ? null : nextUpdate(changedBids, changedAsks);
    }

    /** One to three random level changes that keep the book uncrossed. */
    Update randomUpdate() {
        List<Level> changedBids = new ArrayList<>();
        List<Level> changedAsks = new ArrayList<>();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            boolean bid = random.nextBoolean();
            NavigableMap<BigDecimal, Level> side = bid ? bids : asks;
            double roll = random.nextDouble();
            Level level;
            if (side.isEmpty() || roll >= 0.8) {
                BigDecimal far = side.isEmpty() ? spec.makerPrice(!bid, 0) : side.lastKey();
                BigDecimal distance = spec.makerStep().multiply(BigDecimal.valueOf(1 + random.nextInt(3)));
                BigDecimal price = bid ? far.subtract(distance) : far.add(distance);
                if (price.signum() <= 0) {
                    continue;
                }
                level = new Level(decimal(price), randomSize());
            } else {
                BigDecimal price = nth(side, random.nextInt(Math.min(30, side.size())));
                boolean delete = roll >= 0.6 && side.size() > 10;
                level = new Level(side.get(price).price(), delete ? "0" : randomSize());
            }
            set(bid, level);
            (bid ? changedBids : changedAsks).add(level);
        }
        return nextUpdate(changedBids, changedAsks);
    }

    private String randomSize() {
        return decimal(spec.lotSize().multiply(BigDecimal.valueOf(1 + random.nextInt(100_000))));
    }

    private Update nextUpdate(List<Level> changedBids, List<Level> changedAsks) {
        long previous = seq;
        seq++;
        return new Update(List.copyOf(changedBids), List.copyOf(changedAsks), checksum(), seq, previous);
    }

    private void set(boolean bid, Level level) {
        NavigableMap<BigDecimal, Level> side = bid ? bids : asks;
        BigDecimal price = new BigDecimal(level.price());
        if (new BigDecimal(level.size()).signum() == 0) {
            side.remove(price);
        } else {
            side.put(price, level);
        }
    }

    private void applyExchangeDepth(OrderBook.Depth depth) {
        if (bids.isEmpty() && asks.isEmpty()) {
            depth.bids().forEach(l -> bids.put(l.price(), new Level(decimal(l.price()), decimal(l.size()))));
            depth.asks().forEach(l -> asks.put(l.price(), new Level(decimal(l.price()), decimal(l.size()))));
        }
        exchangeBids = toMap(depth.bids());
        exchangeAsks = toMap(depth.asks());
    }

    private static void diff(Map<BigDecimal, BigDecimal> before, Map<BigDecimal, BigDecimal> after, List<Level> changes) {
        after.forEach((price, size) -> {
            BigDecimal old = before.get(price);
            if (old == null || old.compareTo(size) != 0) {
                changes.add(new Level(decimal(price), decimal(size)));
            }
        });
        before.keySet().stream().filter(price -> !after.containsKey(price))
                .forEach(price -> changes.add(new Level(decimal(price), "0")));
    }

    private static Map<BigDecimal, BigDecimal> toMap(List<OrderBook.Level> levels) {
        Map<BigDecimal, BigDecimal> map = new TreeMap<>();
        levels.forEach(l -> map.put(l.price(), l.size()));
        return map;
    }

    private static BigDecimal nth(NavigableMap<BigDecimal, Level> side, int n) {
        Iterator<BigDecimal> prices = side.keySet().iterator();
        for (int i = 0; i < n; i++) {
            prices.next();
        }
        return prices.next();
    }

    /** {@code [[price, size], ...]} as JSON. */
    static JsonArray levels(List<Level> levels) {
        JsonArray array = new JsonArray(levels.size());
        for (Level level : levels) {
            array.add(Json.strings(level.price(), level.size()));
        }
        return array;
    }

    /** The data object of a books push, V2 ({@code asks}/{@code bids}) or V3 ({@code a}/{@code b}). */
    static JsonObject data(boolean v3, List<Level> bids, List<Level> asks, int checksum, long seq, long previousSeq, long ts) {
        JsonObject data = new JsonObject();
        data.add(v3 ? "a" : "asks", levels(asks));
        data.add(v3 ? "b" : "bids", levels(bids));
        data.addProperty("checksum", checksum);
        data.addProperty("seq", seq);
        data.addProperty("pseq", previousSeq);
        data.addProperty("ts", Long.toString(ts));
        return data;
    }
}
