package io.github.bitget4j.benchmarks.jmh;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bitget4j.internal.ws.BookChecksum;
import io.github.bitget4j.internal.ws.LocalOrderBook;
import io.github.bitget4j.ws.WsTopicV2;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.jspecify.annotations.Nullable;

/**
 * One V2 {@code books} update frame, as the socket's transport thread handles it: parse the text, then apply each
 * {@code data} element to the SDK's {@link LocalOrderBook} (400 levels a side), which verifies the checksum over
 * the 25 best levels. Two updates that undo each other alternate, so the book is the same at every other call.
 */
@State(Scope.Thread)
public class BooksUpdateBenchmark {

    private static final int LEVELS_PER_SIDE = 400;
    private static final BigDecimal TICK = new BigDecimal("0.10");
    private static final BigDecimal MID = new BigDecimal("97000.00");

    private final LocalOrderBook book = new LocalOrderBook(WsTopicV2.of("SPOT", "books", "BTCUSDT"));
    private String forward = "";
    private String back = "";
    private boolean backNext;

    @Setup
    public void setUp() {
        var random = new Random(42); // fixed: every run measures the same book
        List<String[]> bids = new ArrayList<>();
        List<String[]> asks = new ArrayList<>();
        for (int i = 0; i < LEVELS_PER_SIDE; i++) {
            bids.add(level(MID.subtract(TICK.multiply(BigDecimal.valueOf(i))), random));
            asks.add(level(MID.add(TICK.multiply(BigDecimal.valueOf(i + 1))), random));
        }
        book.apply(true, data(bids, asks, null));

        List<String[]> forwardBids = changes(bids, "-0.05", random);
        List<String[]> forwardAsks = changes(asks, "0.05", random);
        List<String[]> backBids = undo(bids, forwardBids);
        List<String[]> backAsks = undo(asks, forwardAsks);
        forward = frame(forwardBids, forwardAsks, checksumAfter(forwardBids, forwardAsks));
        back = frame(backBids, backAsks, checksumAfter(backBids, backAsks));
        backNext = false;
    }

    @Benchmark
    public LocalOrderBook.Result decodeAndApplyUpdate() {
        String text = backNext ? back : forward;
        backNext = !backNext;
        JsonObject message = JsonParser.parseString(text).getAsJsonObject();
        boolean snapshot = "snapshot".equals(message.get("action").getAsString());
        LocalOrderBook.Result result = LocalOrderBook.Result.IGNORED;
        for (JsonElement data : message.getAsJsonArray("data")) {
            result = book.apply(snapshot, data.getAsJsonObject());
            if (result != LocalOrderBook.Result.APPLIED) {
                // a wrong checksum would empty the book and measure nothing from then on
                throw new IllegalStateException("books update not applied: " + result);
            }
        }
        return result;
    }

    /** The book, for the test that checks the two updates really move it and bring it back. */
    LocalOrderBook book() {
        return book;
    }

    private static String[] level(BigDecimal price, Random random) {
        return new String[] {price.toPlainString(), BigDecimal.valueOf(1 + random.nextInt(50_000), 4).toPlainString()};
    }

    /**
     * A typical update of one side: three sizes change (the best level among them), one level inside the checksum
     * depth goes, and a new price appears half a tick behind the best.
     */
    private static List<String[]> changes(List<String[]> side, String halfTick, Random random) {
        var changes = new ArrayList<String[]>();
        for (int index : new int[] {0, 3, 10}) {
            changes.add(new String[] {side.get(index)[0], BigDecimal.valueOf(1 + random.nextInt(50_000), 4).toPlainString()});
        }
        changes.add(new String[] {side.get(7)[0], "0"});
        changes.add(new String[] {new BigDecimal(side.get(0)[0]).add(new BigDecimal(halfTick)).toPlainString(), "0.2500"});
        return changes;
    }

    /** The changes that bring the side back to the snapshot: old sizes again, the new price removed. */
    private static List<String[]> undo(List<String[]> snapshot, List<String[]> changes) {
        var undo = new ArrayList<String[]>();
        for (String[] change : changes) {
            String[] original = snapshot.stream().filter(l -> l[0].equals(change[0])).findFirst().orElse(null);
            undo.add(original != null ? original : new String[] {change[0], "0"});
        }
        return undo;
    }

    /** Applies the changes (without a checksum) and reads the checksum of the result with the SDK's own code. */
    private int checksumAfter(List<String[]> bids, List<String[]> asks) {
        book.apply(false, data(bids, asks, null));
        return BookChecksum.of(texts(book.rawLevels(true)), texts(book.rawLevels(false)));
    }

    private static List<LevelText> texts(List<List<String>> raw) {
        return raw.stream().map(l -> new LevelText(l.get(0), l.get(1))).toList();
    }

    private record LevelText(String priceText, String sizeText) implements BookChecksum.Level {
    }

    private static String frame(List<String[]> bids, List<String[]> asks, int checksum) {
        var arg = new JsonObject();
        arg.addProperty("instType", "SPOT");
        arg.addProperty("channel", "books");
        arg.addProperty("instId", "BTCUSDT");
        var data = new JsonArray();
        data.add(data(bids, asks, checksum));
        var message = new JsonObject();
        message.addProperty("action", "update");
        message.add("arg", arg);
        message.add("data", data);
        message.addProperty("ts", 1_763_900_000_123L);
        return message.toString();
    }

    private static JsonObject data(List<String[]> bids, List<String[]> asks, @Nullable Integer checksum) {
        var data = new JsonObject();
        data.add("asks", levels(asks));
        data.add("bids", levels(bids));
        if (checksum != null) {
            data.addProperty("checksum", checksum);
        }
        data.addProperty("seq", 123_456_789L);
        data.addProperty("ts", "1763900000120");
        return data;
    }

    private static JsonArray levels(List<String[]> side) {
        var array = new JsonArray();
        for (String[] level : side) {
            var pair = new JsonArray();
            pair.add(level[0]);
            pair.add(level[1]);
            array.add(pair);
        }
        return array;
    }
}
