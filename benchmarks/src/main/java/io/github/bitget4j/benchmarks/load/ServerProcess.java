package io.github.bitget4j.benchmarks.load;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link BenchServer} in a child JVM (same java, same class path) and talks to its admin paths. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;
    private final String tlsBaseUrl;
    private final KeyStore trustStore;

    private ServerProcess(Process process, String baseUrl, String tlsBaseUrl, KeyStore trustStore) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.tlsBaseUrl = tlsBaseUrl;
        this.trustStore = trustStore;
    }

    static ServerProcess start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-Xms512m", "-Xmx512m", "-Dslf4j.internal.verbosity=ERROR",
                "-cp", System.getProperty("java.class.path"), BenchServer.class.getName());
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("PORT ")) {
                process.destroyForcibly();
                throw new IllegalStateException("the benchmark server did not start (said: " + line + ")");
            }
            String[] words = line.split(" ");
            return new ServerProcess(process, "http://127.0.0.1:" + words[1], "https://127.0.0.1:" + words[3],
                    trustStoreOf(words[5]));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the benchmark server", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the benchmark server's certificate is unreadable", e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The same server over TLS, offering HTTP/2 and HTTP/1.1 through ALPN. */
    String tlsBaseUrl() {
        return tlsBaseUrl;
    }

    /** Trusts the server's certificate of this run, and nothing else. */
    KeyStore trustStore() {
        return trustStore;
    }

    private static KeyStore trustStoreOf(String base64Der) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("bench", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der))));
        return store;
    }

    void setLatency(Duration latency) {
        adminCall("POST", "/bench/latency?ms=" + latency.toMillis());
    }

    /** Requests the server has answered so far, and how many of them carried a wrong signature. */
    JsonObject stats() {
        return JsonParser.parseString(adminCall("GET", "/bench/stats")).getAsJsonObject();
    }

    /** Plain HttpURLConnection: it adds no thread pool to the harness JVM, whose threads are being counted. */
    private String adminCall(String method, String pathAndQuery) {
        try {
            var connection = (HttpURLConnection) URI.create(baseUrl + pathAndQuery).toURL().openConnection();
            connection.setRequestMethod(method);
            int status = connection.getResponseCode();
            try (var in = connection.getInputStream()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 200) {
                    throw new IllegalStateException(method + " " + pathAndQuery + ": HTTP " + status);
                }
                return body;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close(); // the server exits when its input ends
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
