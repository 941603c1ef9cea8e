package io.github.bitget4j.example.signer;


import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a remote signing service, on 127.0.0.1: it holds one RSA key, {@code /keys/k1}. GET answers
 * 200 when the key exists; POST signs the body with SHA256withRSA and answers the base64. Both need the
 * bearer token. It counts the connections clients opened (distinct client addresses) and the most requests
 * it held at once.
 */
final class RemoteSigningService implements AutoCloseable {

    static final String KEY_ID = "k1";
    private static final int ACCEPT_QUEUE = 4096;

    private final KeyPair keyPair;
    private final String token = UUID.randomUUID().toString();
    private final HttpServer server;
    private final AtomicInteger signatures = new AtomicInteger();
    private final Set<InetSocketAddress> clientConnections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    RemoteSigningService() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
        // the contract suite opens up to a thousand connections at once; the default backlog (50) drops some on a busy machine
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ACCEPT_QUEUE);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/keys/", this::handle);
        server.start();
    }

    String keyUrl(String keyId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/keys/" + keyId;
    }

    String token() {
        return token;
    }

    PublicKey publicKey() {
        return keyPair.getPublic();
    }

    int signatures() {
        return signatures.get();
    }

    /** Connections opened to this service so far (each client socket has its own address and port). */
    int connectionsOpened() {
        return clientConnections.size();
    }

    /** The most requests this service was handling at the same moment. */
    int mostRequestsAtOnce() {
        return mostInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        clientConnections.add(exchange.getRemoteAddress());
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
            } else if (!exchange.getRequestURI().getPath().equals("/keys/" + KEY_ID)) {
                exchange.sendResponseHeaders(404, -1);
            } else if (exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                byte[] signature = Base64.getEncoder().encode(sign(body));
                signatures.incrementAndGet();
                exchange.sendResponseHeaders(200, signature.length);
                exchange.getResponseBody().write(signature);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keyPair.getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public String toString() {
        return "RemoteSigningService[" + keyUrl(KEY_ID) + ", token=<redacted>]";
    }
}
