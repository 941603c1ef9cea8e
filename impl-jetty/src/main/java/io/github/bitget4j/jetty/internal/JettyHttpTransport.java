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

    /** How long an aborted exchange may take to report its end; Jetty normally does so at once. */
    private static final long SETTLE_MILLIS = 5_000;

    private final HttpClient client;
    private final JettyRequests requests;
    private final ExchangeDeadlines deadlines;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JettyHttpTransport(HttpClient client, JettyRequests requests) {
        this.client = client;
        this.requests = requests;
        this.deadlines = new ExchangeDeadlines(client.getScheduler());
    }

    static JettyHttpTransport start(TransportSettings settings) {
        HttpClient client = JettyHttpClients.newStartedClient(settings);
        LOG.log(Level.DEBUG, "started {0} with {1}", client.getName(), settings);
        return new JettyHttpTransport(client, new JettyRequests(client, settings));
    }

    /**
     * Waits in two phases, each bounded by the request timeout: first for a connection (queued or connecting:
     * nothing has left, so a timeout here is "not sent"), then, from the moment Jetty begins to send, for the
     * response (a timeout here may follow a request the server received). Jetty's own total timeout is not used:
     * it counts the queue time, and would report a request that never left as possibly sent. The caller parks
     * without a timeout of its own: {@link ExchangeDeadlines} aborts an exchange whose phase runs out.
     */
    @Override
    public HttpResponse send(HttpRequest request) {
        String exchange = describe(request);
        if (closed.get()) {
            throw new TransportException(Kind.REJECTED, false, exchange + ": the transport is closed; not sent", null);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, false, exchange + ": interrupted before sending", null);
        }
        Request jettyRequest = requests.toJetty(request);
        long timeout = requests.timeoutMillis();
        ExchangeDeadlines.Exchange tracked = deadlines.start(jettyRequest, timeout);
        // Jetty tells "begin" before it writes the first byte, and never writes an exchange aborted before that.
        jettyRequest.onRequestBegin(r -> tracked.began());
        try {
            return send(jettyRequest, exchange, tracked, timeout);
        } finally {
            deadlines.end(tracked);
        }
    }

    private HttpResponse send(Request jettyRequest, String exchange, ExchangeDeadlines.Exchange tracked, long timeout) {
        CompletableFuture<ContentResponse> response;
        try {
            response = new CompletableResponseListener(jettyRequest, MAX_RESPONSE_BYTES).send();
        } catch (RuntimeException e) {
            throw TransportFailures.toTransportException(exchange, e, closed.get(), tracked.hasBegun());
        }
        try {
            return toResponse(response.get());
        } catch (InterruptedException e) {
            jettyRequest.abort(e);
            settle(response);
            Thread.currentThread().interrupt();
            boolean sent = tracked.hasBegun();
            throw new TransportException(Kind.INTERRUPTED, sent, exchange + (sent ? ": interrupted while waiting "
                    + "for the response" : ": interrupted while waiting for a connection; not sent"), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExchangeDeadlines.PhaseTimeout timedOut) {
                // the response failed with our abort, so the exchange is over and whether it began is final
                boolean sent = tracked.hasBegun();
                throw new TransportException(Kind.TIMEOUT, sent, exchange + (sent
                        ? ": no response within " + timeout + " ms of sending"
                        : ": no connection within " + timeout + " ms; not sent"), timedOut);
            }
            throw TransportFailures.toTransportException(exchange, e.getCause(), closed.get(), tracked.hasBegun());
        } catch (RuntimeException e) {
            throw TransportFailures.toTransportException(exchange, e, closed.get(), tracked.hasBegun());
        }
    }

    /** Waits (boundedly, even when interrupted) for an aborted exchange to finish, so that whether it began is final. */
    private static void settle(CompletableFuture<ContentResponse> response) {
        boolean interrupted = Thread.interrupted();
        try {
            response.get(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            // the exchange ended either way, or it is taking longer than an abort ever should: stop waiting
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            JettyHttpClients.stopQuietly(client);
            deadlines.destroy();
            LOG.log(Level.DEBUG, "stopped {0}", client.getName());
        }
    }

    /**
     * Headers as immutable lists, so that {@link HttpResponse} (which copies into a case-insensitive map) keeps them
     * as they are instead of copying each once more.
     */
    private static HttpResponse toResponse(ContentResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER); // Date and date: one header
        for (HttpField field : response.getHeaders()) {
            headers.merge(field.getName(), List.of(field.getValue()), JettyHttpTransport::concat);
        }
        return new HttpResponse(response.getStatus(), headers, response.getContent());
    }

    /** A header sent more than once (rare): its values in the order received. */
    private static List<String> concat(List<String> first, List<String> more) {
        var all = new ArrayList<String>(first.size() + more.size());
        all.addAll(first);
        all.addAll(more);
        return List.copyOf(all);
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
