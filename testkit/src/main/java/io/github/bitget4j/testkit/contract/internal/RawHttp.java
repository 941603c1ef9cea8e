package io.github.bitget4j.testkit.contract.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Byte-level HTTP/1.1 helpers for the hand-written servers and proxies of the tests. */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * Reads a request or response head up to and including the blank line, byte for byte
     * (ISO-8859-1 keeps each byte as one char). Null when the peer closed before sending anything.
     */
    public static @Nullable String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new IOException("connection closed inside a head");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The value of the first header line with this name (case-insensitive), or null. */
    public static @Nullable String header(String head, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    public static int contentLength(String head) {
        String value = header(head, "Content-Length");
        return value == null ? 0 : Integer.parseInt(value);
    }

    /** Copies both directions between two sockets until either side ends, then closes both. */
    public static void pipeBothWays(Socket a, Socket b) {
        Thread upstream = Thread.ofVirtual().start(() -> copyThenClose(a, b));
        copyThenClose(b, a);
        try {
            upstream.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copyThenClose(Socket from, Socket to) {
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            out.flush();
        } catch (IOException ignored) {
            // the other direction closed the sockets
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    public static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
