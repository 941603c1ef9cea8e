package io.github.bitget4j.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link TestkitServer} from the command line until killed:
 * <pre>
 * java -cp ... io.github.bitget4j.testkit.TestkitMain [--port N] [--latency-ms N] [--demo] [--live-market-ms N]
 *      [--api-key K --api-secret S --api-pass P | --credentials-file PATH]
 * </pre>
 * With {@code --api-key/--api-secret/--api-pass} it accepts your own HMAC key. Otherwise it creates a key
 * and writes it to a properties file readable only by you (default: a new file in the temp directory,
 * deleted on exit) and prints the file's path. It never prints a secret or a passphrase.
 */
public final class TestkitMain {

    private static final Set<String> OPTIONS_WITH_VALUE =
            Set.of("--port", "--latency-ms", "--live-market-ms", "--api-key", "--api-secret", "--api-pass", "--credentials-file");

    private TestkitMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (options.containsKey("--help")) {
            out.println(usage());
            return;
        }
        // Jetty logs through SLF4J; without a provider SLF4J warns on stderr. Keep the console to our lines.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        boolean demo = options.containsKey("--demo");
        TestkitServer server = TestkitServer.builder()
                .port(Integer.parseInt(options.getOrDefault("--port", "0")))
                .latency(Duration.ofMillis(Long.parseLong(options.getOrDefault("--latency-ms", "0"))))
                .start();
        long liveMarketMs = Long.parseLong(options.getOrDefault("--live-market-ms", "0"));
        if (liveMarketMs > 0) {
            server.keepMarketsMoving(Duration.ofMillis(liveMarketMs)); // a random walk with trades: live streams
        }
        out.println("Bitget testkit server listening on " + server.baseUrl());
        out.println("WebSockets at " + server.wsBaseUrl() + "/v2/ws/public (and /v2/ws/private, /v3/ws/public, /v3/ws/private)");
        Path temporaryFile = registerKey(server, options, demo, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (temporaryFile != null) {
                try {
                    Files.deleteIfExists(temporaryFile);
                } catch (IOException ignored) {
                    // best effort: the file is in the temp directory and readable only by its owner
                }
            }
            stopped.countDown();
        }, "bitget4j-testkit-shutdown"));
        out.println("Stop with Ctrl+C");
        out.flush();
        stopped.await();
    }

    /**
     * Registers the user's own key, or creates one and writes it to a file.
     *
     * @return the credentials file to delete on exit (a generated temp file), else null
     */
    private static @Nullable Path registerKey(TestkitServer server, Map<String, String> options, boolean demo, PrintStream out) {
        String apiKey = options.get("--api-key");
        String kind = demo ? " (demo: send header paptrading: 1)" : " (live)";
        if (apiKey != null) {
            server.registerHmacKey(apiKey, options.get("--api-secret"), options.get("--api-pass"), demo);
            out.println("Accepting your API key " + apiKey + kind);
            return null;
        }
        TestCredentials credentials = server.createHmacKey(demo);
        String file = options.get("--credentials-file");
        Path written = writeCredentials(credentials, server.baseUrl(), file == null ? null : Path.of(file));
        out.println("Created API key " + credentials.apiKey() + kind);
        out.println("Credentials (API key, secret, passphrase) written to " + written + " (owner read/write only)");
        return file == null ? written : null;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--demo") || name.equals("--help")) {
                options.put(name, "true");
            } else if (OPTIONS_WITH_VALUE.contains(name) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option or missing value: " + name);
            }
        }
        int ownKeyParts = (int) Set.of("--api-key", "--api-secret", "--api-pass").stream().filter(options::containsKey).count();
        if (ownKeyParts != 0 && ownKeyParts != 3) {
            throw new IllegalArgumentException("--api-key, --api-secret and --api-pass go together");
        }
        if (ownKeyParts == 3 && options.containsKey("--credentials-file")) {
            throw new IllegalArgumentException("--credentials-file is for generated keys; you gave your own");
        }
        for (String number : new String[] {"--port", "--latency-ms", "--live-market-ms"}) {
            String v = options.get(number);
            if (v != null && !v.matches("\\d{1,9}")) {
                throw new IllegalArgumentException(number + " needs a non-negative whole number");
            }
        }
        return options;
    }

    /** Writes the credentials as a properties file, created with permissions 0600 before any secret is written. */
    static Path writeCredentials(TestCredentials credentials, String baseUrl, @Nullable Path file) {
        String text = "# bitget4j testkit credentials\n"
                + "baseUrl=" + baseUrl + "\n"
                + "apiKey=" + credentials.apiKey() + "\n"
                + "apiSecret=" + propertyValue(credentials.apiSecret()) + "\n"
                + "apiPass=" + propertyValue(credentials.apiPass()) + "\n"
                + "demo=" + credentials.demo() + "\n";
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Path target;
            if (file == null) {
                target = posix ? Files.createTempFile("bitget4j-testkit-", ".properties", ownerOnly)
                               : Files.createTempFile("bitget4j-testkit-", ".properties");
            } else {
                Files.deleteIfExists(file);
                target = posix ? Files.createFile(file, ownerOnly) : Files.createFile(file);
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the credentials file", e);
        }
    }

    /** Escapes a value for {@link java.util.Properties#load}, so a multi-line PEM stays one property. */
    private static String propertyValue(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String usage() {
        return """
                usage: TestkitMain [--port N] [--latency-ms N] [--demo] [--live-market-ms N]
                                   [--api-key K --api-secret S --api-pass P | --credentials-file PATH]
                  --port N              listen on 127.0.0.1:N (default 0: a free port)
                  --latency-ms N        delay every answer by N ms
                  --demo                the key is a demo key (requests need header paptrading: 1)
                  --live-market-ms N    keep the markets moving: a bot trades every N ms (live streams)
                  --api-key/--api-secret/--api-pass
                                        accept your own HMAC key instead of generating one
                  --credentials-file    where to write the generated key (created with permissions 0600;
                                        default: a temp file deleted on exit)""";
    }
}
