package io.github.bitget4j.internal;

import java.nio.charset.StandardCharsets;

/**
 * Strict RFC 3986 percent-encoding: only {@code A-Z a-z 0-9 - . _ ~} stay bare, every other UTF-8 byte
 * becomes {@code %XX} (upper-case hex). Unlike JavaScript's encodeURIComponent it also encodes
 * {@code ! ' ( ) *}, so no HTTP layer has a reason to re-encode what was signed.
 */
public final class PercentEncoder {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentEncoder() {
    }

    public static void encode(String value, StringBuilder out) {
        if (isUnreserved(value)) {
            out.append(value);
            return;
        }
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xFF;
            if (unsigned < 128 && UNRESERVED[unsigned]) {
                out.append((char) unsigned);
            } else {
                out.append('%').append(HEX[unsigned >> 4]).append(HEX[unsigned & 0xF]);
            }
        }
    }

    public static String encode(String value) {
        var out = new StringBuilder(value.length() + 8);
        encode(value, out);
        return out.toString();
    }

    private static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 128 || !UNRESERVED[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an already-encoded value can go into a query verbatim: only unreserved characters,
     * sub-delimiters other than {@code & = + #}, {@code : @ / ?}, and well-formed {@code %XX} escapes.
     */
    public static boolean isSafePreEncoded(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || hex(value.charAt(i + 1)) < 0 || hex(value.charAt(i + 2)) < 0) {
                    return false;
                }
                i += 2;
            } else if (c >= 128 || !(UNRESERVED[c] || "!$'()*,;:@/?".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
