package io.github.bitget4j.benchmarks.load;

import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.testkit.SelfSignedCertificate;
import io.github.bitget4j.testkit.TlsConnectors;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The minimal Bitget-shaped server, run in its own JVM ({@link ServerProcess}) so that its CPU and heap are not
 * the clients'. It answers the benchmark's GET and POST with fixed success envelopes, and checks every signed
 * request's HMAC signature over the bytes as received (about 1 us each), so a client that sent something
 * other than what it signed shows up as errors. It does not check the timestamp's age: the bare Jetty client
 * replays requests signed once. An optional fixed latency is served by a scheduler, never a blocked thread.
 * <ul>
 *   <li>{@code POST /bench/latency?ms=N} sets the latency;</li>
 *   <li>{@code GET /bench/stats} answers {@code {"requests":..,"badSignatures":..,"cpuNanos":..}}.</li>
 * </ul>
 * Serves plain HTTP/1.1 on one port and TLS (ALPN: h2, http/1.1) on another, with a certificate generated per run.
 * Prints {@code PORT <n> TLSPORT <m> CERT <base64 DER>} when ready; exits when its standard input closes (the harness ended).
 */
public final class BenchServer extends Handler.Abstract.NonBlocking {

    private static final int MAX_BODY = 64 * 1024;

    private final byte[] getBody = Fixtures.openOrdersResponse();
    private final byte[] postBody = Fixtures.placeOrderResponse();
    private final byte[] badSignBody = "{\"code\":\"40009\",\"msg\":\"sign signature error\",\"requestTime\":0,\"data\":null}"
            .getBytes(StandardCharsets.UTF_8);
    private final byte[] notFoundBody = "{\"code\":\"40404\",\"msg\":\"Request URL NOT FOUND\",\"requestTime\":0,\"data\":null}"
            .getBytes(StandardCharsets.UTF_8);
    private final byte[] expectedKey = Fixtures.API_KEY.getBytes(StandardCharsets.UTF_8);
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(BenchServer::newMac);
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-server-delay");
        thread.setDaemon(true);
        return thread;
    });
    private final LongAdder requests = new LongAdder();
    private final LongAdder badSignatures = new LongAdder();
    private volatile long latencyMillis;

    public static void main(String[] args) throws Exception {
        var threads = new QueuedThreadPool(64, 8);
        threads.setName("bench-server");
        var server = new Server(threads);
        var connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setAcceptQueueSize(4096); // 10,000 callers connect at once
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        // HTTP/2 (or HTTP/1.1) over TLS on a second port, with a certificate made for this run
        SelfSignedCertificate certificate = SelfSignedCertificate.generate();
        ServerConnector tls = TlsConnectors.newConnector(server, certificate, true);
        tls.setAcceptQueueSize(4096);
        tls.setIdleTimeout(60_000);
        server.addConnector(tls);
        server.setHandler(new BenchServer());
        server.start();
        System.out.println("PORT " + connector.getLocalPort() + " TLSPORT " + tls.getLocalPort() + " CERT "
                + Base64.getEncoder().encodeToString(certificate.certificate().getEncoded()));
        System.out.flush();
        try (InputStream in = System.in) {
            while (in.read() >= 0) {
                // the harness never writes; end of input means it is gone
            }
        } catch (IOException ignored) {
            // same: the harness is gone
        }
        server.stop();
        System.exit(0);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        switch (path) {
            case Fixtures.GET_PATH -> answerSigned(request, response, callback, getBody, new byte[0]);
            case Fixtures.POST_PATH -> Content.Source.asByteArrayAsync(request, MAX_BODY, Promise.Invocable.from(
                    Invocable.InvocationType.NON_BLOCKING,
                    body -> answerSigned(request, response, callback, postBody, body), callback::failed));
            case "/bench/latency" -> {
                String query = request.getHttpURI().getQuery();
                latencyMillis = Long.parseLong(query.substring(query.indexOf('=') + 1));
                write(response, callback, 200, ("{\"latencyMillis\":" + latencyMillis + "}").getBytes(StandardCharsets.UTF_8));
            }
            case "/bench/stats" -> write(response, callback, 200, stats());
            default -> write(response, callback, 404, notFoundBody);
        }
        return true;
    }

    private void answerSigned(Request request, Response response, Callback callback, byte[] success, byte[] body) {
        requests.increment();
        boolean valid = signatureValid(request, body);
        if (!valid) {
            badSignatures.increment();
        }
        byte[] answer = valid ? success : badSignBody;
        int status = valid ? 200 : 400;
        long delay = latencyMillis;
        if (delay <= 0) {
            write(response, callback, status, answer);
        } else {
            delays.schedule(() -> write(response, callback, status, answer), delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Bitget's check: base64(HMAC-SHA256(secret, timestamp + METHOD + path[?query] + body)) equals ACCESS-SIGN. */
    private boolean signatureValid(Request request, byte[] body) {
        String key = request.getHeaders().get("ACCESS-KEY");
        String sign = request.getHeaders().get("ACCESS-SIGN");
        String timestamp = request.getHeaders().get("ACCESS-TIMESTAMP");
        if (key == null || sign == null || timestamp == null || request.getHeaders().get("ACCESS-PASSPHRASE") == null
                || !MessageDigest.isEqual(expectedKey, key.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        String query = request.getHttpURI().getQuery();
        String head = timestamp + request.getMethod() + request.getHttpURI().getPath()
                + (query == null || query.isEmpty() ? "" : "?" + query);
        Mac mac = macs.get();
        mac.update(head.getBytes(StandardCharsets.UTF_8));
        byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
        return MessageDigest.isEqual(expected, sign.getBytes(StandardCharsets.US_ASCII));
    }

    private static void write(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private byte[] stats() {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return ("{\"requests\":" + requests.sum() + ",\"badSignatures\":" + badSignatures.sum() + ",\"cpuNanos\":" + cpu
                + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
