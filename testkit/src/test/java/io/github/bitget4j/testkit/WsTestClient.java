package io.github.bitget4j.testkit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The tests' own WebSocket client on the JDK's java.net.http.WebSocket (independent of the SDK): collects
 * whole text messages in order, logs in by signing with the JDK exactly as WIRE.md says.
 */
final class WsTestClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How a connection ended: the close code, or 1006 when it was dropped without a close frame. */
    record Closed(int code, String reason) {
    }

    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private WsTestClient(String url) {
        socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).join();
    }

    static WsTestClient connect(TestkitServer server, String path) {
        return new WsTestClient(server.wsBaseUrl() + path);
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message, failing after 5 s. */
    String next() throws InterruptedException {
        String message = messages.poll(30, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no WebSocket message within 5 s");
        }
        return message;
    }

    JsonObject nextJson() throws InterruptedException {
        return JsonParser.parseString(next()).getAsJsonObject();
    }

    /** Skips messages until one matches (pushes of other channels may come in between). */
    JsonObject nextJson(Predicate<JsonObject> wanted) throws InterruptedException {
        while (true) {
            JsonObject message = nextJson();
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    /** Logs in with the key: sign = base64(sign(timestamp + "GET" + "/user/verify")), timestamp in seconds. */
    void login(TestCredentials key, long timestampSeconds) {
        String prehash = timestampSeconds + "GET" + "/user/verify";
        String sign = key.apiSecret().contains("PRIVATE KEY")
                ? BitgetTestClient.rsa(key.apiSecret(), prehash) : BitgetTestClient.hmac(key.apiSecret(), prehash);
        send(loginFrame(key.apiKey(), key.apiPass(), timestampSeconds, sign));
    }

    void login(TestCredentials key) {
        login(key, System.currentTimeMillis() / 1000);
    }

    static String loginFrame(String apiKey, String passphrase, long timestamp, String sign) {
        return "{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + apiKey + "\",\"passphrase\":\"" + passphrase
                + "\",\"timestamp\":" + timestamp + ",\"sign\":\"" + sign + "\"}]}";
    }

    /** Retries the assertion for up to 5 s: the server notices a closed socket a moment after the client. */
    static void eventually(Runnable assertion) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }

    Closed awaitClose() throws Exception {
        return closed.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(1006, String.valueOf(error)));
        }
    }
}
