package io.github.bitget4j.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A client-side copy of a {@code books} stream, written from WS-CONTRACT.md's rule independently of the
 * server: snapshot replaces, update sets levels (size "0" deletes), checksum over the 25 best levels a side.
 */
final class WsBookChecker {

    private final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();

    /** Applies one push's data object ({@code asks}/{@code bids} or {@code a}/{@code b}). */
    void apply(String action, JsonObject data) {
        if (action.equals("snapshot")) {
            bids.clear();
            asks.clear();
        }
        set(bids, data.has("bids") ? data.getAsJsonArray("bids") : data.getAsJsonArray("b"));
        set(asks, data.has("asks") ? data.getAsJsonArray("asks") : data.getAsJsonArray("a"));
    }

    private static void set(Map<BigDecimal, String[]> side, JsonArray levels) {
        for (JsonElement level : levels) {
            String price = level.getAsJsonArray().get(0).getAsString();
            String size = level.getAsJsonArray().get(1).getAsString();
            if (new BigDecimal(size).signum() == 0) {
                side.remove(new BigDecimal(price));
            } else {
                side.put(new BigDecimal(price), new String[] {price, size});
            }
        }
    }

    int checksum() {
        List<String> parts = new ArrayList<>();
        List<String[]> bidLevels = new ArrayList<>(bids.values());
        List<String[]> askLevels = new ArrayList<>(asks.values());
        for (int i = 0; i < 25; i++) {
            if (i < bidLevels.size()) {
                parts.add(bidLevels.get(i)[0] + ":" + bidLevels.get(i)[1]);
            }
            if (i < askLevels.size()) {
                parts.add(askLevels.get(i)[0] + ":" + askLevels.get(i)[1]);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(String.join(":", parts).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    BookView view() {
        return new BookView(pairs(bids), pairs(asks));
    }

    private static List<List<String>> pairs(Map<BigDecimal, String[]> side) {
        return side.values().stream().map(level -> List.of(level[0], level[1])).toList();
    }
}
