package io.github.bitget4j.benchmarks.load;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.spi.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The peer: Node's {@code bitget-api}, installed from the npm registry into a temporary folder for this run only,
 * driven by {@code node/driver.mjs} with the same GET parameters and POST body the SDK sends.
 */
final class NodeRunner implements AutoCloseable {

    static final String PACKAGE = "bitget-api@3.2.3";

    private final Path folder;
    private final String version;

    private NodeRunner(Path folder, String version) {
        this.folder = folder;
        this.version = version;
    }

    /** Installs the package, or returns null (having said why) when node or npm is missing or the install fails. */
    static @Nullable NodeRunner install() {
        String nodeVersion = exec(List.of("node", "--version"), null, Duration.ofSeconds(20));
        if (nodeVersion == null || exec(List.of("npm", "--version"), null, Duration.ofSeconds(30)) == null) {
            System.out.println("Node comparison skipped: `node` and `npm` must both be on the PATH.");
            return null;
        }
        try {
            Path folder = Files.createTempDirectory("bitget4j-bench-node-");
            System.out.println("installing " + PACKAGE + " from the npm registry into " + folder + " ...");
            String installed = exec(List.of("npm", "install", PACKAGE, "--prefix", folder.toString(), "--no-audit",
                    "--no-fund", "--loglevel=error"), folder, Duration.ofMinutes(5));
            if (installed == null || !Files.isDirectory(folder.resolve("node_modules/bitget-api"))) {
                System.out.println("Node comparison skipped: `npm install " + PACKAGE + "` failed (see above).");
                delete(folder);
                return null;
            }
            try (InputStream driver = NodeRunner.class.getResourceAsStream("/node/driver.mjs")) {
                Files.copy(Objects.requireNonNull(driver, "node/driver.mjs is missing from the class path"),
                        folder.resolve("driver.mjs"));
            }
            return new NodeRunner(folder, nodeVersion.strip());
        } catch (IOException e) {
            System.out.println("Node comparison skipped: " + e);
            return null;
        }
    }

    String nodeVersion() {
        return version;
    }

    PhaseResult run(String baseUrl, List<HttpRequest> sdkRequests, int concurrency, Duration warmUp, Duration window) {
        var config = new JsonObject();
        config.addProperty("baseUrl", baseUrl);
        config.addProperty("apiKey", Fixtures.API_KEY);
        config.addProperty("apiSecret", Fixtures.API_SECRET);
        config.addProperty("apiPass", Fixtures.API_PASS);
        config.addProperty("concurrency", concurrency);
        config.addProperty("warmupMillis", warmUp.toMillis());
        config.addProperty("windowMillis", window.toMillis());
        config.add("getParams", queryAsObject(sdkRequests.get(0).url()));
        config.add("postParams", JsonParser.parseString(new String(sdkRequests.get(1).body(), StandardCharsets.UTF_8)));
        String out = exec(List.of("node", "driver.mjs", config.toString()), folder,
                warmUp.plus(window).plus(Duration.ofSeconds(60)));
        if (out == null) {
            throw new IllegalStateException("the Node driver failed (see above)");
        }
        String last = out.strip().lines().reduce((a, b) -> b).orElse("{}");
        JsonObject r = JsonParser.parseString(last).getAsJsonObject();
        if (!r.get("firstError").isJsonNull()) {
            System.err.println("  first error: " + r.get("firstError").getAsString());
        }
        return new PhaseResult("node", concurrency, r.get("requests").getAsLong(), r.get("errors").getAsLong(),
                number(r, "throughput"), number(r, "p50Millis"), number(r, "p90Millis"), number(r, "p99Millis"),
                number(r, "cpuMicrosPerRequest"), Double.NaN, number(r, "peakHeapMegabytes"), -1);
    }

    private static double number(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? Double.NaN : value.getAsDouble();
    }

    /** The SDK's query string as an object of strings: Node then builds its own query from it. */
    private static JsonObject queryAsObject(String url) {
        var params = new JsonObject();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.addProperty(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** Runs a command; its stderr goes to ours. Returns its stdout, or null when it failed or timed out. */
    private static @Nullable String exec(List<String> command, @Nullable Path directory, Duration timeout) {
        try {
            var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            process.getOutputStream().close();
            var out = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (InputStream in = process.getInputStream()) {
                    out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the process died; its exit code says so
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                System.out.println(command.get(0) + " timed out after " + timeout);
                return null;
            }
            reader.join();
            return process.exitValue() == 0 ? out.toString() : null;
        } catch (IOException e) {
            return null; // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        }
    }
}
