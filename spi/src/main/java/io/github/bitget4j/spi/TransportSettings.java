package io.github.bitget4j.spi;

import java.security.KeyStore;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a transport provider needs to build HTTP and WebSocket transports.
 *
 * @param connectTimeout           time to open a connection
 * @param requestTimeout           time for a whole HTTP exchange, from send to the last body byte
 * @param keepAlive                reuse connections between requests
 * @param keepAliveIdle            how long an idle pooled connection is kept open (the reference's keepAliveMsecs)
 * @param maxConnectionsPerHost    connections opened to one host at most; further callers wait in the queue
 * @param maxQueuedRequestsPerHost requests that may wait for a connection to one host at most
 * @param proxy                    an HTTP or SOCKS proxy, or null for a direct connection
 * @param userAgent                User-Agent header value
 * @param httpVersion              HTTP/1.1, HTTP/2 or whichever the server offers over TLS
 * @param trustStore               certificates trusted for TLS (HTTPS and WSS) instead of the JDK's default ones, or
 *                                 null for the default; host names are verified either way
 */
public record TransportSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        boolean keepAlive,
        Duration keepAliveIdle,
        int maxConnectionsPerHost,
        int maxQueuedRequestsPerHost,
        @Nullable ProxySettings proxy,
        String userAgent,
        HttpVersion httpVersion,
        @Nullable KeyStore trustStore) {

    /**
     * Settings with {@link HttpVersion#AUTO} and the JDK's trusted certificates.
     *
     * @param connectTimeout time to open a connection
     * @param requestTimeout time for a whole HTTP exchange
     * @param keepAlive reuse connections between requests
     * @param keepAliveIdle how long an idle pooled connection is kept open
     * @param maxConnectionsPerHost connections opened to one host at most
     * @param maxQueuedRequestsPerHost requests that may wait for a connection to one host at most
     * @param proxy an HTTP or SOCKS proxy, or null for a direct connection
     * @param userAgent User-Agent header value
     */
    public TransportSettings(Duration connectTimeout, Duration requestTimeout, boolean keepAlive, Duration keepAliveIdle,
            int maxConnectionsPerHost, int maxQueuedRequestsPerHost, @Nullable ProxySettings proxy, String userAgent) {
        this(connectTimeout, requestTimeout, keepAlive, keepAliveIdle, maxConnectionsPerHost, maxQueuedRequestsPerHost,
                proxy, userAgent, HttpVersion.AUTO, null);
    }

    /**
     * These settings with another HTTP version.
     *
     * @param version the HTTP version
     * @return a copy; these settings are unchanged
     */
    public TransportSettings withHttpVersion(HttpVersion version) {
        return new TransportSettings(connectTimeout, requestTimeout, keepAlive, keepAliveIdle, maxConnectionsPerHost,
                maxQueuedRequestsPerHost, proxy, userAgent, version, trustStore);
    }

    /**
     * These settings trusting only the certificates of {@code store} (null: the JDK's default ones).
     *
     * @param store the trusted certificates, or null for the JDK's default ones
     * @return a copy; these settings are unchanged
     */
    public TransportSettings withTrustStore(@Nullable KeyStore store) {
        return new TransportSettings(connectTimeout, requestTimeout, keepAlive, keepAliveIdle, maxConnectionsPerHost,
                maxQueuedRequestsPerHost, proxy, userAgent, httpVersion, store);
    }

    /** {@return settings with the SDK's documented defaults (10 s connect, 30 s request, keep-alive 30 s, 64 connections)} */
    public static TransportSettings defaults() {
        return new TransportSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), true, Duration.ofSeconds(30),
                64, 65_536, null, "bitget4j");
    }
}
