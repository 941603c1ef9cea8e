package io.github.bitget4j.internal;

import io.github.bitget4j.errors.BitgetConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The checks behind {@code ClientOptions.Builder}: a bad setting fails when it is set, before any byte is sent. */
public final class OptionChecks {

    private OptionChecks() {
    }

    /**
     * A REST base URL that can only send to the host it names: http or https, a host, an optional port and path
     * prefix; no user-info (it would show in logs and messages), no query or fragment (the signed path would not be
     * the path sent). Returned without a trailing slash. The URL is not echoed when it holds user-info.
     *
     * @throws BitgetConfigurationException when it is anything else
     */
    public static String baseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new BitgetConfigurationException("baseUrl is not a valid URL (" + e.getReason() + "): "
                    + Snippets.abbreviate(url, 200));
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new BitgetConfigurationException("baseUrl must not hold a user name or password");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BitgetConfigurationException("baseUrl must start with http:// or https://: " + shown(url));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new BitgetConfigurationException("baseUrl names no host: " + shown(url));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || url.contains("?") || url.contains("#")) {
            throw new BitgetConfigurationException("baseUrl must not have a query or fragment: " + shown(url));
        }
        return withoutTrailingSlash(url);
    }

    public static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String shown(String url) {
        return Snippets.abbreviate(url, 200);
    }

    /** @throws IllegalArgumentException unless {@code url} starts with ws:// or wss:// */
    public static String webSocketUrl(String name, String url) {
        if (!url.startsWith("ws://") && !url.startsWith("wss://")) {
            throw new IllegalArgumentException(name + " must start with ws:// or wss://: " + url);
        }
        return url;
    }

    /** @throws IllegalArgumentException unless {@code d} is positive */
    public static Duration positive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }

    /** @throws IllegalArgumentException when {@code value} is below {@code min} */
    public static int atLeast(String name, int value, int min) {
        return (int) atLeast(name, (long) value, min);
    }

    /** @throws IllegalArgumentException when {@code value} is below {@code min} */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
