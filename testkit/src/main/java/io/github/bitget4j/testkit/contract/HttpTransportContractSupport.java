package io.github.bitget4j.testkit.contract;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.testkit.contract.internal.RawHttpServer;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the parts of {@link HttpTransportContract} share: the provider under test, what it declares about itself,
 * a hand-written HTTP/1.1 server that records the bytes it receives, and a transport built with
 * {@link TransportContractSettings} defaults. Extend {@link HttpTransportContract}, not this class.
 */
public abstract class HttpTransportContractSupport {

    /** For subclasses: one per implementation under test. */
    protected HttpTransportContractSupport() {
    }

    /** Records each request as its bytes arrived; started before and closed after every test. */
    protected RawHttpServer server;
    /** A transport with the default contract settings, closed after every test. */
    protected HttpTransport transport;

    /** {@return the provider under test, as ServiceLoader would create it} */
    protected abstract HttpTransportProvider provider();

    /** {@return the largest response body the transport accepts; a larger one fails (IO) without being waited for} */
    protected abstract int maxResponseBytes();

    /** {@return the proxy types the transport supports; creating it with another type must fail} */
    protected Set<ProxySettings.Type> supportedProxyTypes() {
        return EnumSet.allOf(ProxySettings.Type.class);
    }

    /**
     * Whether headers go out in the order given. Bitget signs no header, so a transport that cannot keep the order
     * (java.net.http sorts them) may return false; names, case and values must still be exact.
     *
     * @return true when headers go out in the order given
     */
    protected boolean preservesHeaderOrder() {
        return true;
    }

    /** {@return whether the transport can turn keep-alive off; one that cannot must refuse {@code keepAlive=false} at creation} */
    protected boolean supportsKeepAliveOff() {
        return true;
    }

    @BeforeEach
    void startServerAndTransport() throws Exception {
        server = RawHttpServer.start();
        transport = newTransport(new TransportContractSettings());
    }

    @AfterEach
    void stopServerAndTransport() throws Exception {
        transport.close();
        server.close();
    }

    /**
     * A transport from the provider under test.
     *
     * @param settings the settings to build it with
     * @return the transport; the test closes it
     */
    protected HttpTransport newTransport(TransportContractSettings settings) {
        return provider().create(settings.build());
    }

    /**
     * A GET without headers or body.
     *
     * @param url the URL
     * @return the request
     */
    protected static HttpRequest get(String url) {
        return new HttpRequest("GET", url, Map.of(), new byte[0]);
    }

    /**
     * Sends on a new virtual thread; the future holds the response or the exception.
     *
     * @param transport the transport under test
     * @param url the URL to GET
     * @return the future response
     */
    protected static CompletableFuture<HttpResponse> sendAsync(HttpTransport transport, String url) {
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(transport.send(get(url)));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
