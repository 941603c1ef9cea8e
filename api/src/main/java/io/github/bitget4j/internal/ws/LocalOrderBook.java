package io.github.bitget4j.internal.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.model.PriceLevel;
import io.github.bitget4j.ws.OrderBookView;
import io.github.bitget4j.ws.TopOfBook;
import io.github.bitget4j.ws.WsTopic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The book of one {@code books} subscription. Writes come from the socket's transport thread; reads from any
 * thread see one consistent state (read-write lock). Levels keep the price and size strings as sent, because
 * the checksum is computed over those exact strings.
 */
public final class LocalOrderBook implements OrderBookView {

    /** What applying one push did. */
    public enum Result {
        APPLIED,
        /** An update before the snapshot (after a resubscribe): nothing to apply it to. */
        IGNORED,
        /** The checksum did not match; the book was emptied. */
        MISMATCH
    }

    record Level(String priceText, String sizeText, BigDecimal price, BigDecimal size) implements BookChecksum.Level {
        PriceLevel toPriceLevel() {
            return new PriceLevel(price, size);
        }
    }

    private final WsTopic topic;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<BigDecimal, Level> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, Level> asks = new TreeMap<>();
    private boolean ready;
    private long ts;
    private long mismatches;
    private @Nullable String lastMismatch;

    public LocalOrderBook(WsTopic topic) {
        this.topic = topic;
    }

    /**
     * Applies one {@code data} element of a books push.
     *
     * @param snapshot true for {@code "action":"snapshot"}
     */
    public Result apply(boolean snapshot, JsonObject data) {
        lock.writeLock().lock();
        try {
            if (snapshot) {
                bids.clear();
                asks.clear();
                ready = true;
            } else if (!ready) {
                return Result.IGNORED;
            }
            applySide(bids, side(data, "bids", "b"));
            applySide(asks, side(data, "asks", "a"));
            ts = longField(data, "ts", ts);
            JsonElement checksum = data.get("checksum");
            if (checksum != null && !checksum.isJsonNull()) {
                int expected = checksum.getAsInt();
                int actual = BookChecksum.of(bids.values(), asks.values());
                if (expected != actual) {
                    lastMismatch = "expected " + expected + ", computed " + actual;
                    mismatches++;
                    reset();
                    return Result.MISMATCH;
                }
            }
            return Result.APPLIED;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Empties the book until the next snapshot (on a mismatch, a resubscribe or a new connection). */
    void reset() {
        lock.writeLock().lock();
        try {
            bids.clear();
            asks.clear();
            ready = false;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Nullable String lastMismatch() {
        return lastMismatch;
    }

    private static @Nullable JsonArray side(JsonObject data, String name, String shortName) {
        JsonElement side = data.has(name) ? data.get(name) : data.get(shortName);
        return side != null && side.isJsonArray() ? side.getAsJsonArray() : null;
    }

    private static void applySide(Map<BigDecimal, Level> book, @Nullable JsonArray levels) {
        if (levels == null) {
            return;
        }
        for (JsonElement element : levels) {
            JsonArray level = element.getAsJsonArray();
            String priceText = level.get(0).getAsString();
            String sizeText = level.get(1).getAsString();
            BigDecimal price = new BigDecimal(priceText);
            BigDecimal size = new BigDecimal(sizeText);
            if (size.signum() == 0) {
                book.remove(price);
            } else {
                book.put(price, new Level(priceText, sizeText, price, size));
            }
        }
    }

    private static long longField(JsonObject data, String name, long fallback) {
        JsonElement value = data.get(name);
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        try {
            return value.getAsLong();
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public WsTopic topic() {
        return topic;
    }

    @Override
    public boolean isReady() {
        lock.readLock().lock();
        try {
            return ready;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public TopOfBook topOfBook() {
        lock.readLock().lock();
        try {
            Map.Entry<BigDecimal, Level> bid = bids.firstEntry();
            Map.Entry<BigDecimal, Level> ask = asks.firstEntry();
            return new TopOfBook(bid == null ? null : bid.getValue().toPriceLevel(),
                    ask == null ? null : ask.getValue().toPriceLevel(), ts);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<PriceLevel> bids(int depth) {
        return levels(bids, depth);
    }

    @Override
    public List<PriceLevel> asks(int depth) {
        return levels(asks, depth);
    }

    /** Levels with the strings as sent, best first (for comparisons with what the server pushed). */
    public List<List<String>> rawLevels(boolean bidSide) {
        lock.readLock().lock();
        try {
            var result = new ArrayList<List<String>>();
            for (Level level : (bidSide ? bids : asks).values()) {
                result.add(List.of(level.priceText(), level.sizeText()));
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<PriceLevel> levels(TreeMap<BigDecimal, Level> side, int depth) {
        lock.readLock().lock();
        try {
            var result = new ArrayList<PriceLevel>(Math.min(depth, side.size()));
            for (Level level : side.values()) {
                if (result.size() >= depth) {
                    break;
                }
                result.add(level.toPriceLevel());
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long lastUpdateTs() {
        lock.readLock().lock();
        try {
            return ts;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long checksumMismatches() {
        lock.readLock().lock();
        try {
            return mismatches;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "OrderBook[" + topic.key() + ", " + topOfBook() + "]";
    }
}
