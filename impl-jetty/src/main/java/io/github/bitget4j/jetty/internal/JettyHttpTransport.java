package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.TransportSettings;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpField;

/**
 * An {@link HttpTransport} on one Jetty {@link HttpClient}. Callers block (cheaply, on virtual threads)
 * on a future that Jetty completes; Jetty itself needs no thread per request, so thousands of callers
 * queue for the pooled connections. Jetty never resends a request that reached the server: its only
 * retry is for an exchange that a pooled connection closed before writing anything.
 */
final class JettyHttpTransport implements HttpTransport {

    private static final System.Logger LOG = System.getLogger(JettyHttpTransport.class.getName());

    /** Bitget's instrument lists exceed Jetty's 2 MiB default; this bounds memory per response. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

    /** Extra wait past the request timeout before giving up on Jetty completing the exchange. */
    private static final long BACKSTOP_GRACE_MILLIS = 5_000;

    private final HttpClient client;
    private final JettyRequests requests;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JettyHttpTransport(HttpClient client, JettyRequests requests) {
        this.client = client;
        this.requests = requests;
    }

    static JettyHttpTransport start(TransportSettings settings) {
        HttpClient client = JettyHttpClients.newStartedClient(settings);
        LOG.log(Level.DEBUG, "started {0} with {1}", client.getName(), settings);
        return new JettyHttpTransport(client, new JettyRequests(client, settings));
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        String exchange = describe(request);
        if (closed.get()) {
            throw new TransportException(Kind.REJECTED, exchange + ": the transport is closed");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, exchange + ": interrupted before sending");
        }
        Request jettyRequest = requests.toJetty(request);
        try {
            CompletableFuture<ContentResponse> response =
                    new CompletableResponseListener(jettyRequest, MAX_RESPONSE_BYTES).send();
            return toResponse(await(response));
        } catch (InterruptedException e) {
            jettyRequest.abort(e);
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, exchange + ": interrupted", e);
        } catch (TimeoutException e) {
            jettyRequest.abort(e);
            throw new TransportException(Kind.TIMEOUT, exchange + ": no outcome from Jetty in time", e);
        } catch (ExecutionException e) {
            throw TransportFailures.toTransportException(exchange, e.getCause(), closed.get());
        } catch (RuntimeException e) {
            throw TransportFailures.toTransportException(exchange, e, closed.get());
        }
    }

    private ContentResponse await(CompletableFuture<ContentResponse> response)
            throws InterruptedException, ExecutionException, TimeoutException {
        long timeout = requests.timeoutMillis();
        if (timeout == 0) {
            return response.get();
        }
        // Jetty enforces the request timeout; this only guards against an exchange it never completes.
        return response.get(timeout + BACKSTOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            JettyHttpClients.stopQuietly(client);
            LOG.log(Level.DEBUG, "stopped {0}", client.getName());
        }
    }

    private static HttpResponse toResponse(ContentResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField field : response.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>(1)).add(field.getValue());
        }
        return new HttpResponse(response.getStatus(), headers, response.getContent());
    }

    /** Method and URL without the query: enough to recognise the call in a message or log. */
    private static String describe(HttpRequest request) {
        String url = request.url();
        int query = url.indexOf('?');
        return request.method() + " " + (query < 0 ? url : url.substring(0, query));
    }

    @Override
    public String toString() {
        return "JettyHttpTransport[" + client.getName() + (closed.get() ? ", closed" : "") + "]";
    }
}
