package io.github.bitget4j.spi;

import java.util.Map;

/**
 * Builds {@link RateLimiter}s. Registered with {@code provides io.github.bitget4j.spi.RateLimiterProvider with ...}
 * and {@code META-INF/services}; chosen like every provider (option {@code rateLimiterProvider}, then the system
 * property {@code bitget4j.rateLimiter} or environment variable {@code BITGET4J_RATE_LIMITER}, then the usable one
 * of highest priority that supports the settings).
 */
public interface RateLimiterProvider extends BitgetProvider {

    /**
     * Whether this provider can serve these settings (the client option {@code rateLimiterProperties}), e.g. a
     * shared limiter needs the address of its store. Cheap, no I/O.
     *
     * @param properties the plugin's settings
     * @return true when {@link #create} can serve them
     */
    default boolean supports(Map<String, String> properties) {
        return true;
    }

    /**
     * A limiter for one client, closed by the client.
     *
     * @param properties the plugin's settings
     * @return a limiter, thread-safe
     */
    RateLimiter create(Map<String, String> properties);
}
