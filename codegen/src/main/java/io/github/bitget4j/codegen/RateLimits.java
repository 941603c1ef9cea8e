package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.LimitDef;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code limit} line of an endpoint ({@code 10/s uid}, {@code 300/min ip group=spot-orders}) and the defaults for
 * endpoints Bitget documents no limit for.
 */
final class RateLimits {

    private static final Pattern SPEC = Pattern.compile("([1-9][0-9]*)/(s|min) (uid|ip)(?: group=([a-z0-9][a-z0-9-]*))?");

    /** Conservative budget for a public (or optional-auth) endpoint without a documented limit: per IP. */
    static final LimitDef DEFAULT_PUBLIC = new LimitDef(10, 1, "ip", null, false);
    /** Conservative budget for a private endpoint without a documented limit: per UID. */
    static final LimitDef DEFAULT_PRIVATE = new LimitDef(5, 1, "uid", null, false);

    private RateLimits() {
    }

    /** @return the limit, or null when the text is malformed (the parser then reports file:line) */
    static LimitDef parse(String text) {
        Matcher m = SPEC.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int seconds = m.group(2).equals("s") ? 1 : 60;
        return new LimitDef(Integer.parseInt(m.group(1)), seconds, m.group(3), m.group(4), true);
    }

    /** The budget an endpoint without a {@code limit} line is held to. */
    static LimitDef defaultFor(String auth) {
        return auth.equals("private") ? DEFAULT_PRIVATE : DEFAULT_PUBLIC;
    }

    /** "10 requests per second per UID", "5 requests per minute per IP". */
    static String describe(LimitDef limit) {
        return limit.count() + (limit.count() == 1 ? " request" : " requests")
                + (limit.windowSeconds() == 1 ? " per second" : " per " + limit.windowSeconds() / 60 + " minute")
                + " per " + limit.scope().toUpperCase(Locale.ROOT);
    }
}
