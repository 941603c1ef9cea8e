package io.github.bitget4j.internal.ws;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.CRC32;

/**
 * Bitget's order book checksum: the 25 best bids and asks interleaved as {@code bid1:ask1:bid2:ask2...}, each level
 * written {@code price:size} with the strings exactly as sent (a side that runs out leaves the other to continue),
 * CRC32 of the UTF-8 text, read as a signed 32-bit int.
 */
public final class BookChecksum {

    static final int DEPTH = 25;

    private BookChecksum() {
    }

    /** A level's price and size strings exactly as sent. */
    public interface Level {
        String priceText();

        String sizeText();
    }

    /** @param bids best first; @param asks best first */
    public static int of(Iterable<? extends Level> bids, Iterable<? extends Level> asks) {
        var text = new StringBuilder(DEPTH * 2 * 24);
        Iterator<? extends Level> b = bids.iterator();
        Iterator<? extends Level> a = asks.iterator();
        for (int i = 0; i < DEPTH; i++) {
            if (b.hasNext()) {
                append(text, b.next());
            }
            if (a.hasNext()) {
                append(text, a.next());
            }
        }
        var crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static void append(StringBuilder text, Level level) {
        if (!text.isEmpty()) {
            text.append(':');
        }
        text.append(level.priceText()).append(':').append(level.sizeText());
    }
}
