package io.github.bitget4j.internal.json;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a response body for Gson without first copying it into a {@code String} (as {@code new String(body)} would)
 * and without an {@code InputStreamReader}'s 8 KiB buffer: when every byte is ASCII, as in nearly every Bitget
 * response, each byte is its char. Any other body is decoded as UTF-8 the usual way.
 */
public final class AsciiBytesReader extends Reader {

    private final byte[] bytes;
    private int position;

    private AsciiBytesReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A reader of the UTF-8 text in {@code body}. */
    public static Reader of(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return new StringReader(new String(body, StandardCharsets.UTF_8));
            }
        }
        return new AsciiBytesReader(body);
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int count = Math.min(length, bytes.length - position);
        if (count <= 0) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = (char) bytes[position + i];
        }
        position += count;
        return count;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
