package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * The Jetty side: reads the body without blocking, applies faults, dispatches, records, and answers,
 * after the configured latency. Latency is a scheduled task, not a sleeping thread, so thousands of
 * delayed requests hold no thread while they wait.
 */
final class BitgetHandler extends Handler.Abstract {

    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final byte[] HTML_502 = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML_504 = ("<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n"
            + "<center><h1>504 Gateway Time-out</h1></center>\r\n</body>\r\n</html>\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Dispatcher dispatcher;
    private final FaultPlan faults;
    private final RequestLog log;
    private final ServerClock clock;
    private final Scheduler scheduler;
    private final Executor executor;
    private volatile Duration latency;

    BitgetHandler(Dispatcher dispatcher, FaultPlan faults, RequestLog log, ServerClock clock, Scheduler scheduler,
                  Executor executor, Duration latency) {
        this.dispatcher = dispatcher;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
        this.scheduler = scheduler;
        this.executor = executor;
        this.latency = latency;
    }

    void setLatency(Duration latency) {
        this.latency = latency;
    }

    @Override
    @SuppressWarnings("removal") // Jetty 12.1 marks asByteArrayAsync for removal; still the plain way to read a capped body
    public boolean handle(Request request, Response response, Callback callback) {
        Instant receivedAt = Instant.now();
        CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES);
        if (body.isDone() && !body.isCompletedExceptionally()) {
            answer(request, response, callback, body.join(), receivedAt);
        } else {
            // Completion may come on a selector thread: do the work on the pool instead.
            body.whenCompleteAsync((bytes, failure) -> {
                if (failure != null) {
                    callback.failed(failure);
                } else {
                    answer(request, response, callback, bytes, receivedAt);
                }
            }, executor);
        }
        return true;
    }

    private void answer(Request request, Response response, Callback callback, byte[] body, Instant receivedAt) {
        HttpURI uri = request.getHttpURI();
        String method = request.getMethod();
        String path = uri.getPath();
        // getQuery() is the raw query of the request line, still percent-encoded: what the client signed.
        String rawQuery = uri.getQuery() == null ? "" : uri.getQuery();
        FaultPlan.Fault fault = faults.take(path);
        Reply reply;
        if (fault != null && fault.kind() == FaultPlan.Kind.EXECUTED_504) { // carried out, then the gateway gives up on the answer
            Reply executed = dispatcher.dispatch(method, path, rawQuery, request.getHeaders(), body,
                    Request.getRemoteAddr(request));
            reply = new Reply(504, "text/html", HTML_504, executed == null ? null : executed.code());
        } else {
            reply = fault == null ? dispatcher.dispatch(method, path, rawQuery, request.getHeaders(), body,
                    Request.getRemoteAddr(request))
                    : faultReply(fault);
        }
        log.add(new RecordedRequest(method, path, rawQuery, headers(request), body, receivedAt,
                reply == null ? 0 : reply.status(), reply == null ? null : reply.code()));
        Runnable send = reply == null ? () -> drop(request, callback) : () -> write(response, callback, reply);
        Duration delay = latency.plus(faults.latencyFor(path));
        if (delay.isZero() || delay.isNegative()) {
            send.run();
        } else {
            scheduler.schedule(send, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Null means: answer nothing and close the connection. */
    private @Nullable Reply faultReply(FaultPlan.Fault fault) {
        return switch (fault.kind()) {
            case RATE_LIMIT -> Reply.tooManyRequests(clock.millis(), fault.retryAfter());
            case HTML_502 -> new Reply(502, "text/html", HTML_502, null);
            case EMPTY_503 -> new Reply(503, "", new byte[0], null);
            case DROP_CONNECTION, EXECUTED_504 -> null;
        };
    }

    private static void write(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        if (!reply.contentType().isEmpty()) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        }
        if (reply.retryAfter() != null) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, reply.retryAfter());
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    private static void drop(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IOException("connection dropped by a testkit fault"));
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), n -> new ArrayList<>(1)).add(field.getValue());
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(headers);
    }
}
