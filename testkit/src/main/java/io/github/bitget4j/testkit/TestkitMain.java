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
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link TestkitServer} from the command line until killed:
 * <pre>
 * java -cp ... io.github.bitget4j.testkit.TestkitMain [--port N] [--latency-ms N] [--demo] [--live-market-ms N]
 *      [--enforce-rate-limits] [--clock-offset-ms N] [--key-file PATH | --credentials-file PATH]
 * </pre>
 * It accepts your own HMAC key from a properties file ({@code --key-file}, keys {@code apiKey}, {@code apiSecret},
 * {@code apiPass}: the format it writes) or from the environment variables {@value #KEY_VARIABLE},
 * {@value #SECRET_VARIABLE} and {@value #PASS_VARIABLE}, never from arguments: a command line is readable by every
 * local user ({@code ps}). Otherwise it creates a key and writes it to a properties file readable only by you
 * (default: a new file in the temp directory, deleted on exit) and prints the file's path. It never prints a
 * secret or a passphrase.
 */
public final class TestkitMain {

    static final String KEY_VARIABLE = "BITGET_TESTKIT_API_KEY";
    static final String SECRET_VARIABLE = "BITGET_TESTKIT_API_SECRET";
    static final String PASS_VARIABLE = "BITGET_TESTKIT_API_PASS";

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--port", "--latency-ms", "--live-market-ms", "--clock-offset-ms",
            "--key-file", "--credentials-file");
    private static final Set<String> REMOVED_SECRET_OPTIONS = Set.of("--api-key", "--api-secret", "--api-pass");

    /** Your own key, and where it came from (for the console; never the secret). */
    record OwnKey(String apiKey, String apiSecret, String apiPass, String source) {
        @Override
        public String toString() {
            return "OwnKey[" + apiKey + " from " + source + ", secret and passphrase redacted]";
        }
    }

    private TestkitMain() {
    }

    /**
     * Starts a server and prints its URLs and credentials; runs until killed.
     *
     * @param args {@code --port N} and the other options printed by {@code --help}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        Map<String, String> options;
        @Nullable OwnKey ownKey;
        try {
            options = parse(args);
            ownKey = ownKey(options, System.getenv());
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
                .clockOffset(Duration.ofMillis(Long.parseLong(options.getOrDefault("--clock-offset-ms", "0"))))
                .start();
        // off by default, as in tests: on, a request over Bitget's documented limit gets Bitget's 429
        server.setRateLimitsEnforced(options.containsKey("--enforce-rate-limits"));
        long liveMarketMs = Long.parseLong(options.getOrDefault("--live-market-ms", "0"));
        if (liveMarketMs > 0) {
            server.keepMarketsMoving(Duration.ofMillis(liveMarketMs)); // a random walk with trades: live streams
        }
        out.println("Bitget testkit server listening on 127.0.0.1");
        out.println("  REST          " + server.baseUrl() + "   (ClientOptions.baseUrl)");
        out.println("  WebSocket V2  " + server.wsBaseUrl() + "/v2/ws/public and /v2/ws/private   (ClientOptions.wsUrl: "
                + server.wsBaseUrl() + ")");
        out.println("  WebSocket V3  " + server.wsBaseUrl() + "/v3/ws/public and /v3/ws/private");
        if (options.containsKey("--enforce-rate-limits")) {
            out.println("Enforcing Bitget's rate limits: HTTP 429 beyond each endpoint's limit");
        }
        if (options.containsKey("--clock-offset-ms")) {
            out.println("Server clock off by " + options.get("--clock-offset-ms") + " ms");
        }
        Path temporaryFile = registerKey(server, options, ownKey, demo, out);
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
    private static @Nullable Path registerKey(TestkitServer server, Map<String, String> options, @Nullable OwnKey ownKey,
                                              boolean demo, PrintStream out) {
        String kind = demo ? " (demo: send header paptrading: 1)" : " (live)";
        if (ownKey != null) {
            server.registerHmacKey(ownKey.apiKey(), ownKey.apiSecret(), ownKey.apiPass(), demo);
            out.println("Accepting your API key " + ownKey.apiKey() + " from " + ownKey.source() + kind);
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
            if (REMOVED_SECRET_OPTIONS.contains(name)) {
                throw new IllegalArgumentException(name + " is not accepted: a secret on the command line is readable by every"
                        + " local user (ps). Put your key in a file (--key-file) or in " + KEY_VARIABLE + ", "
                        + SECRET_VARIABLE + " and " + PASS_VARIABLE);
            }
            if (name.equals("--demo") || name.equals("--help") || name.equals("--enforce-rate-limits")) {
                options.put(name, "true");
            } else if (OPTIONS_WITH_VALUE.contains(name) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option or missing value: " + name);
            }
        }
        if (options.containsKey("--key-file") && options.containsKey("--credentials-file")) {
            throw new IllegalArgumentException("--credentials-file is for generated keys; --key-file gives your own");
        }
        for (String number : new String[] {"--port", "--latency-ms", "--live-market-ms"}) {
            String v = options.get(number);
            if (v != null && !v.matches("\\d{1,9}")) {
                throw new IllegalArgumentException(number + " needs a non-negative whole number");
            }
        }
        String offset = options.get("--clock-offset-ms");
        if (offset != null && !offset.matches("-?\\d{1,9}")) {
            throw new IllegalArgumentException("--clock-offset-ms needs a whole number of milliseconds (negative: behind)");
        }
        return options;
    }

    /**
     * Your own key from {@code --key-file} or the environment, or null to generate one.
     *
     * @throws IllegalArgumentException when the file cannot be read or lacks a part, only some of the variables are
     *         set, or the key is given both ways
     */
    static @Nullable OwnKey ownKey(Map<String, String> options, Map<String, String> environment) {
        String apiKey = environment.get(KEY_VARIABLE);
        String secret = environment.get(SECRET_VARIABLE);
        String pass = environment.get(PASS_VARIABLE);
        int variables = (apiKey != null ? 1 : 0) + (secret != null ? 1 : 0) + (pass != null ? 1 : 0);
        String file = options.get("--key-file");
        if (file != null && variables > 0) {
            throw new IllegalArgumentException("give your key one way: --key-file or the " + KEY_VARIABLE + "... variables");
        }
        if (file != null) {
            return readKeyFile(Path.of(file));
        }
        if (variables == 0) {
            return null;
        }
        if (variables != 3 || apiKey.isBlank() || secret.isBlank() || pass.isBlank()) {
            throw new IllegalArgumentException(KEY_VARIABLE + ", " + SECRET_VARIABLE + " and " + PASS_VARIABLE
                    + " go together, none of them blank");
        }
        if (options.containsKey("--credentials-file")) {
            throw new IllegalArgumentException("--credentials-file is for generated keys; the environment gives your own");
        }
        return new OwnKey(apiKey, secret, pass, "the environment");
    }

    private static OwnKey readKeyFile(Path file) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the key file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        String[] parts = {"apiKey", "apiSecret", "apiPass"};
        for (String part : parts) {
            String value = properties.getProperty(part);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the key file " + file + " has no " + part + " (it needs apiKey, apiSecret"
                        + " and apiPass)");
            }
        }
        return new OwnKey(properties.getProperty("apiKey").strip(), properties.getProperty("apiSecret"),
                properties.getProperty("apiPass"), file.toString());
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
                usage: TestkitMain [--port N] [--latency-ms N] [--demo] [--live-market-ms N] [--enforce-rate-limits]
                                   [--clock-offset-ms N] [--key-file PATH | --credentials-file PATH]
                  --port N              listen on 127.0.0.1:N (default 0: a free port)
                  --latency-ms N        delay every answer by N ms
                  --demo                the key is a demo key (requests need header paptrading: 1)
                  --live-market-ms N    keep the markets moving: a bot trades every N ms (live streams)
                  --enforce-rate-limits answer a request beyond Bitget's documented limit with Bitget's 429
                  --clock-offset-ms N   run the server's clock N ms ahead (negative: behind), to try clock sync
                  --key-file PATH       accept your own HMAC key instead of generating one: a properties file
                                        with apiKey, apiSecret and apiPass (keep it readable only by you)
                  --credentials-file    where to write the generated key (created with permissions 0600;
                                        default: a temp file deleted on exit)
                environment: BITGET_TESTKIT_API_KEY, BITGET_TESTKIT_API_SECRET and BITGET_TESTKIT_API_PASS
                                        accept your own HMAC key (instead of --key-file)
                secrets are never taken as arguments: a command line is readable by every local user""";
    }
}
