package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportSettings;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/** Builds the {@link HttpClient} a JDK transport owns, from {@link TransportSettings}. */
final class JdkHttpClients {

    private JdkHttpClients() {
    }

    /**
     * A client on virtual threads. Redirects are not followed, no cookie is kept, and no authenticator answers a 401
     * (a signed request goes out at most once). Only HTTP proxies are supported: java.net.http has no SOCKS. Proxy
     * credentials go up front on plain requests (see JdkHttpTransport); java.net.http will not send Basic credentials
     * on CONNECT, so an https:// tunnel through a proxy that demands them is refused (reported as CONNECT).
     *
     * @throws IllegalArgumentException for a SOCKS5 proxy, rather than silently connecting directly
     */
    static HttpClient newClient(TransportSettings settings, ExecutorService executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(settings.httpVersion() == HttpVersion.HTTP_1_1 ? HttpClient.Version.HTTP_1_1
                        : HttpClient.Version.HTTP_2)
                .sslContext(sslContext(settings.trustStore()));
        Duration connect = connectTimeout(settings);
        if (connect != null) {
            builder.connectTimeout(connect);
        }
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            if (proxy.type() != ProxySettings.Type.HTTP) {
                throw new IllegalArgumentException("the jdk transport supports HTTP proxies only, not " + proxy.type()
                        + " (java.net.http has no SOCKS support); use the jetty transport for SOCKS5");
            }
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port())));
        }
        return builder.build();
    }

    static ExecutorService newExecutor(String namePrefix) {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(namePrefix, 0).factory());
    }

    /**
     * The request timeout also bounds the wait for a connection (SPI): connecting may take the shorter of the two.
     * Null: no limit.
     */
    static @Nullable Duration connectTimeout(TransportSettings settings) {
        Duration connect = settings.connectTimeout();
        Duration request = settings.requestTimeout();
        Duration shorter = isLimit(request) && (!isLimit(connect) || request.compareTo(connect) < 0) ? request : connect;
        return isLimit(shorter) ? shorter : null;
    }

    static boolean isLimit(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static SSLContext sslContext(@Nullable KeyStore trustStore) {
        try {
            if (trustStore == null) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable trust store: " + e.getMessage(), e);
        }
    }
}
