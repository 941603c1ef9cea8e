package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.client.BasicAuthentication;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpProxy;
import org.eclipse.jetty.client.ProxyAuthenticationProtocolHandler;
import org.eclipse.jetty.client.RedirectProtocolHandler;
import org.eclipse.jetty.client.Socks5;
import org.eclipse.jetty.client.Socks5Proxy;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.jspecify.annotations.Nullable;

/**
 * Builds the one Jetty {@link HttpClient} a transport owns, configured from {@link TransportSettings}.
 * Kept apart from the HTTP transport so the WebSocket transport can build its client the same way.
 */
final class JettyHttpClients {

    private static final AtomicInteger CLIENT_NUMBERS = new AtomicInteger();

    private JettyHttpClients() {
    }

    /** A started client for HTTP exchanges; the caller stops it. */
    static HttpClient newStartedClient(TransportSettings settings) {
        return newStartedClient(settings, "bitget4j-http-");
    }

    /**
     * A started client; the caller stops it.
     *
     * @param namePrefix names the client and its threads, e.g. {@code bitget4j-ws-}, so a thread dump tells
     *                   which transport a thread belongs to
     */
    static HttpClient newStartedClient(TransportSettings settings, String namePrefix) {
        String name = namePrefix + CLIENT_NUMBERS.incrementAndGet();
        HttpClient client = new HttpClient();
        client.setName(name);
        client.setExecutor(new VirtualThreadExecutor(name + "-"));
        // Timeouts need one platform thread; daemon, so an unclosed client never keeps the JVM alive.
        client.setScheduler(new ScheduledExecutorScheduler(name + "-scheduler", true));
        client.setConnectTimeout(millis(settings.connectTimeout()));
        client.setIdleTimeout(millis(settings.keepAliveIdle()));
        client.setMaxConnectionsPerDestination(settings.maxConnectionsPerHost());
        client.setMaxRequestsQueuedPerDestination(settings.maxQueuedRequestsPerHost());
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
        // Content-Type comes from the caller's headers only; Jetty must not invent application/octet-stream.
        client.setDefaultRequestContentType(null);
        configureProxy(client, settings.proxy());
        try {
            client.start();
        } catch (Exception e) {
            stopQuietly(client);
            throw new IllegalStateException("could not start the Jetty HTTP client", e);
        }
        // These handlers resend a request after a 401, 407 or 3xx. A signed request must go out at most
        // once, and a caller wants to see those responses; the handlers are only installed by start().
        client.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
        client.getProtocolHandlers().remove(ProxyAuthenticationProtocolHandler.NAME);
        client.getProtocolHandlers().remove(RedirectProtocolHandler.NAME);
        return client;
    }

    static void stopQuietly(HttpClient client) {
        try {
            client.stop();
        } catch (Exception ignored) {
            // stopping is best effort: the client is being thrown away
        }
    }

    private static void configureProxy(HttpClient client, @Nullable ProxySettings proxy) {
        if (proxy == null) {
            return;
        }
        String user = proxy.username();
        String password = proxy.password() == null ? "" : proxy.password();
        switch (proxy.type()) {
            case HTTP -> {
                HttpProxy httpProxy = new HttpProxy(proxy.host(), proxy.port());
                client.getProxyConfiguration().addProxy(httpProxy);
                if (user != null) {
                    // Sent up front on every proxied request and on CONNECT, never to the server behind.
                    client.getAuthenticationStore().addAuthenticationResult(new BasicAuthentication.BasicResult(
                            httpProxy.getURI(), HttpHeader.PROXY_AUTHORIZATION, user, password,
                            StandardCharsets.UTF_8));
                }
            }
            case SOCKS5 -> {
                Socks5Proxy socksProxy = new Socks5Proxy(proxy.host(), proxy.port());
                if (user != null) {
                    socksProxy.putAuthenticationFactory(new Socks5.UsernamePasswordAuthenticationFactory(
                            user, password, StandardCharsets.UTF_8));
                }
                client.getProxyConfiguration().addProxy(socksProxy);
            }
        }
    }

    /** Jetty reads 0 as "no limit"; so do we for zero or negative durations. */
    static long millis(Duration duration) {
        return duration.isNegative() ? 0 : duration.toMillis();
    }
}
