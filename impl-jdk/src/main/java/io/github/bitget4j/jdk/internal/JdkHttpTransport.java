package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.TransportSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link HttpTransport} on the JDK's {@link HttpClient}. Callers block on virtual threads. Two phases, as the SPI
 * asks: waiting for a connection slot (nothing sent: a timeout, interrupt or close then is "not sent"), then the
 * exchange. java.net.http does not say when it begins to write, so the exchange phase is bounded by the connect
 * timeout plus the request timeout, and any failure in it other than a failed connect or TLS handshake is reported
 * as "may have reached the server".
 */
final class JdkHttpTransport implements HttpTransport {

    /** Bitget's instrument lists exceed a few MiB; this bounds memory per response. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

    /**
     * HTTP/2 multiplexes: with it possible, a "connection" slot stands for this many streams, the minimum limit of
     * concurrent streams that RFC 9113 recommends a server allow. java.net.http keeps one HTTP/2 connection per server
     * and refuses streams past the server's limit: the first such refusal lowers the slots to what the server takes
     * (see {@link #send}); the first answer over TLS that came on HTTP/1.1 lowers them to the connection limit.
     */
    static final int STREAMS_PER_CONNECTION = 100;

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService executor;
    private final TransportSettings settings;
    private final ConnectionSlots plainSlots;
    private final ConnectionSlots tlsSlots;
    /**
     * Until an answer has come over TLS, one exchange at a time: without a pooled HTTP/2 connection java.net.http opens
     * one for every concurrent request (a cold burst of a thousand calls would open a thousand connections).
     */
    private final ConnectionSlots firstTlsExchange;
    private volatile boolean tlsAnswered;
    private final long slotWaitMillis;
    private final long exchangeMillis;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdkHttpTransport(TransportSettings settings) {
        if (!settings.keepAlive()) {
            // java.net.http refuses a Connection header and has no per-client switch: never pretend to honour it
            throw new IllegalArgumentException("the jdk transport cannot turn keep-alive off; use the jetty transport");
        }
        this.settings = settings;
        this.executor = JdkHttpClients.newExecutor("bitget4j-jdk-http-" + NUMBERS.incrementAndGet() + "-");
        this.client = JdkHttpClients.newClient(settings, executor);
        int connections = settings.maxConnectionsPerHost();
        int queued = settings.maxQueuedRequestsPerHost();
        // Plain http:// always speaks HTTP/1.1 here (see toJdk); over TLS HTTP/2 may carry many requests per connection.
        this.plainSlots = new ConnectionSlots(connections, queued);
        this.tlsSlots = new ConnectionSlots(settings.httpVersion() == HttpVersion.HTTP_1_1 ? connections
                : connections * STREAMS_PER_CONNECTION, queued);
        this.firstTlsExchange = new ConnectionSlots(1, queued);
        this.slotWaitMillis = millis(settings.requestTimeout());
        Duration connect = JdkHttpClients.connectTimeout(settings);
        this.exchangeMillis = slotWaitMillis == 0 || connect == null ? 0 : slotWaitMillis + connect.toMillis();
    }

    static JdkHttpTransport start(TransportSettings settings) {
        return new JdkHttpTransport(settings);
    }

    @Override
    public HttpResponse send(io.github.bitget4j.spi.HttpRequest request) {
        String exchange = describe(request);
        if (closed.get()) {
            throw new TransportException(Kind.REJECTED, false, exchange + ": the transport is closed; not sent", null);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, false, exchange + ": interrupted before sending", null);
        }
        request.requireSendableHeaders();
        HttpRequest jdkRequest = toJdk(request);
        boolean tls = jdkRequest.uri().getScheme().equalsIgnoreCase("https");
        ConnectionSlots slots = tls ? tlsSlots : plainSlots;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(slotWaitMillis);
        while (true) {
            boolean first = tls && !tlsAnswered;
            if (first) {
                takeSlot(firstTlsExchange, exchange, deadline);
                if (tlsAnswered) { // the connection came up while this caller waited: no need to go alone
                    firstTlsExchange.release();
                    first = false;
                }
            }
            try {
                takeSlot(slots, exchange, deadline);
            } catch (RuntimeException e) {
                releaseFirst(first);
                throw e;
            }
            try {
                return exchange(jdkRequest, exchange, tls);
            } catch (StreamRefused refused) {
                // java.net.http refused to open the stream: the server's limit of concurrent streams is below the slots
                // in use. Nothing was sent; fewer slots from now on, and this caller queues again.
                slots.limitTo(slots.inUse() - 1);
            } finally {
                slots.release();
                releaseFirst(first);
            }
        }
    }

    private void releaseFirst(boolean first) {
        if (first) {
            firstTlsExchange.release();
        }
    }

    /** java.net.http refused a stream before writing it (see {@link JdkFailures#isRefusedByClient}). */
    private static final class StreamRefused extends RuntimeException {
        StreamRefused() {
            super(null, null, false, false);
        }
    }

    /** @param deadline {@link System#nanoTime()} after which the caller stops waiting (unused without a request timeout) */
    private void takeSlot(ConnectionSlots slots, String exchange, long deadline) {
        ConnectionSlots.Wait wait;
        try {
            wait = slots.acquire(slotWaitMillis == 0 ? 0
                    : Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, false, exchange + ": interrupted while waiting for a "
                    + "connection; not sent", e);
        }
        switch (wait) {
            case ACQUIRED -> { }
            case TIMED_OUT -> throw new TransportException(Kind.TIMEOUT, false,
                    exchange + ": no connection within " + slotWaitMillis + " ms; not sent", null);
            case QUEUE_FULL -> throw new TransportException(Kind.REJECTED, false,
                    exchange + ": too many requests queued for a connection; not sent", null);
            case CLOSED -> throw new TransportException(Kind.REJECTED, false,
                    exchange + ": the transport is closed; not sent", null);
        }
    }

    private HttpResponse exchange(HttpRequest jdkRequest, String exchange, boolean tls) {
        CompletableFuture<java.net.http.HttpResponse<byte[]>> response = client.sendAsync(jdkRequest,
                info -> CappedBody.of(info, MAX_RESPONSE_BYTES));
        try {
            java.net.http.HttpResponse<byte[]> answer = exchangeMillis == 0 ? response.get()
                    : response.get(exchangeMillis, TimeUnit.MILLISECONDS);
            if (answer.statusCode() == 407 && settings.proxy() != null && answer.uri().getScheme().equals("https")) {
                // java.net.http hands back the proxy's refusal of the CONNECT tunnel: the server never saw a byte
                throw new TransportException(Kind.CONNECT, false, exchange + ": the proxy refused the tunnel with 407 "
                        + "(java.net.http sends no Basic credentials on CONNECT); not sent", null);
            }
            if (tls) {
                tlsAnswered = true;
            }
            if (tls && answer.version() == HttpClient.Version.HTTP_1_1) {
                // no HTTP/2 here after all (ALPN chose HTTP/1.1): one connection per request in flight, as in plain
                tlsSlots.limitTo(settings.maxConnectionsPerHost());
            }
            return new HttpResponse(answer.statusCode(), answer.headers().map(), answer.body());
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, true, exchange + ": interrupted while the request was out", e);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new TransportException(Kind.TIMEOUT, true, exchange + ": no response within " + exchangeMillis + " ms", e);
        } catch (ExecutionException e) {
            if (JdkFailures.isRefusedByClient(e.getCause()) && !closed.get()) {
                throw new StreamRefused();
            }
            throw JdkFailures.toTransportException(exchange, e.getCause(), closed.get());
        }
    }

    /**
     * The URI is built from the string as given, so its raw path and query are written unchanged. In AUTO mode
     * plain http:// stays on HTTP/1.1: java.net.http would otherwise add {@code Upgrade: h2c} headers.
     */
    private HttpRequest toJdk(io.github.bitget4j.spi.HttpRequest request) {
        URI uri = URI.create(request.url());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        if (!uri.getScheme().equalsIgnoreCase("https") && settings.httpVersion() != HttpVersion.HTTP_2) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        boolean userAgentGiven = request.headers().keySet().stream().anyMatch("User-Agent"::equalsIgnoreCase);
        if (!userAgentGiven) {
            builder.header("User-Agent", settings.userAgent());
        }
        request.headers().forEach(builder::header);
        addProxyCredentials(builder, uri);
        boolean hasBody = request.body().length > 0 || sendsBodyByConvention(request.method());
        if (hasBody) {
            builder.method(request.method(), BodyPublishers.ofByteArray(request.body()));
        } else if (request.method().equals("GET")) {
            builder.GET(); // without a publisher: no Content-Length: 0 on a GET
        } else if (request.method().equals("DELETE")) {
            builder.DELETE();
        } else {
            builder.method(request.method(), BodyPublishers.noBody());
        }
        return builder.build();
    }

    /**
     * java.net.http answers a proxy's 407 only after a first refusal, and then not with Basic for a tunnel. A plain
     * http:// request through the proxy carries the credentials up front; the proxy removes them.
     */
    private void addProxyCredentials(HttpRequest.Builder builder, URI uri) {
        var proxy = settings.proxy();
        if (proxy != null && proxy.username() != null && uri.getScheme().equalsIgnoreCase("http")) {
            String pair = proxy.username() + ":" + (proxy.password() == null ? "" : proxy.password());
            builder.header("Proxy-Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static boolean sendsBodyByConvention(String method) {
        return method.equalsIgnoreCase("POST") || method.equalsIgnoreCase("PUT") || method.equalsIgnoreCase("PATCH");
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            plainSlots.close();
            tlsSlots.close();
            firstTlsExchange.close();
            client.shutdownNow(); // in-flight exchanges fail at once
            executor.shutdown();
        }
    }

    private static long millis(Duration duration) {
        return JdkHttpClients.isLimit(duration) ? duration.toMillis() : 0;
    }

    private static String describe(io.github.bitget4j.spi.HttpRequest request) {
        String url = request.url();
        int query = url.indexOf('?');
        return request.method() + " " + (query < 0 ? url : url.substring(0, query));
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[" + settings.httpVersion() + (closed.get() ? ", closed" : "") + "]";
    }
}
