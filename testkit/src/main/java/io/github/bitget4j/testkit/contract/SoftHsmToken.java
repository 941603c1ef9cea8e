package io.github.bitget4j.testkit.contract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away SoftHSM2 token for tests of PKCS#11 signers, created once per test JVM in the directory of
 * the file that the {@code SOFTHSM2_CONF} environment variable names (set it for the test JVM, e.g. with
 * surefire's {@code <environmentVariables>}, to a path in {@code target/}). The token holds:
 * <ul>
 *   <li>{@value #RSA_KEY}: an RSA-2048 private key with its self-signed certificate (id 01)</li>
 *   <li>{@value #EC_KEY}: an EC P-256 private key with its certificate (id 02)</li>
 *   <li>{@value #SECRET_KEY}: an AES-256 secret key (id 03)</li>
 * </ul>
 * Keys are made with openssl in a temporary directory, imported with pkcs11-tool (OpenSC), and their files
 * deleted; only the certificates stay. When SoftHSM2, OpenSC or openssl is missing, or SOFTHSM2_CONF is not
 * set, {@link #createOrSkip()} skips the calling test (a JUnit assumption) and says how to enable it.
 */
public final class SoftHsmToken {

    /** The token's label. */
    public static final String LABEL = "bitget4j-test";
    /** The label of the RSA 2048 signing key (with its certificate). */
    public static final String RSA_KEY = "trading-key";
    /** The label of an EC key, which RSA signers must refuse. */
    public static final String EC_KEY = "ec-key";
    /** The label of a secret (AES) key, which RSA signers must refuse. */
    public static final String SECRET_KEY = "secret-key";
    /** What to install when the HSM tests are skipped. */
    public static final String ENABLE_HINT = "install SoftHSM2 and OpenSC to run them: apt-get install softhsm2 opensc";
    private static final List<Path> LIBRARIES = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"), Path.of("/usr/local/lib/softhsm/libsofthsm2.so"),
            Path.of("/opt/homebrew/lib/softhsm/libsofthsm2.so"), Path.of("/usr/lib64/pkcs11/libsofthsm2.so"));

    private static final ReentrantLock CREATION = new ReentrantLock();
    private static @Nullable SoftHsmToken created;
    private static @Nullable String skipReason;

    private final Path library;
    private final Path directory;
    private final Path pinFile;
    private final String pin;

    private SoftHsmToken(Path library, Path directory, Path pinFile, String pin) {
        this.library = library;
        this.directory = directory;
        this.pinFile = pinFile;
        this.pin = pin;
    }

    /** {@return the token of this test JVM, created on first use; skips the test when it cannot exist here} */
    public static SoftHsmToken createOrSkip() {
        CREATION.lock();
        try {
            if (created == null && skipReason == null) {
                skipReason = whyNotPossible();
                if (skipReason == null) {
                    created = create();
                }
            }
            Assumptions.assumeTrue(created != null, () -> "SoftHSM2 tests skipped: " + skipReason);
            return created;
        } finally {
            CREATION.unlock();
        }
    }

    /** {@return the SoftHSM2 PKCS#11 library in use} */
    public Path library() {
        return library;
    }

    /** {@return a file holding the user PIN (no trailing newline)} */
    public Path pinFile() {
        return pinFile;
    }

    /** {@return the user PIN, random per run} */
    public String pin() {
        return pin;
    }

    /**
     * {@code pkcs11:token=bitget4j-test;object=<label>?module-path=...&pin-source=file:...}.
     *
     * @param objectLabel the label of a key made on this token
     * @return the RFC 7512 URI, PIN read from the run's PIN file
     */
    public String uri(String objectLabel) {
        return uriWithoutPin(objectLabel) + "&pin-source=file:" + pinFile;
    }

    /**
     * The URI without any PIN attribute, to add {@code &pin-value=...} or {@code &pin-env=...} to.
     *
     * @param objectLabel the label of a key made on this token
     * @return the RFC 7512 URI without PIN
     */
    public String uriWithoutPin(String objectLabel) {
        return "pkcs11:token=" + LABEL + ";object=" + objectLabel + "?module-path=" + library;
    }

    /**
     * The public key of the certificate stored with {@code objectLabel} (as exported for Bitget).
     *
     * @param objectLabel the label of a key made on this token
     * @return the public key
     */
    public PublicKey publicKey(String objectLabel) {
        try (InputStream in = Files.newInputStream(directory.resolve(objectLabel + ".cert.der"))) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in).getPublicKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SoftHsmToken[" + LABEL + " in " + directory + ", pin=<redacted>]";
    }

    private static @Nullable String whyNotPossible() {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isBlank()) {
            return "the environment variable SOFTHSM2_CONF is not set for this test JVM (point it at a file in the"
                    + " build directory, e.g. surefire <environmentVariables>); the machine's token store is never used";
        }
        if (findLibrary() == null) {
            return "no libsofthsm2.so found in " + LIBRARIES + "; " + ENABLE_HINT;
        }
        for (String tool : List.of("softhsm2-util", "pkcs11-tool", "openssl")) {
            if (!onPath(tool)) {
                return tool + " is not on the PATH; " + ENABLE_HINT;
            }
        }
        return null;
    }

    private static @Nullable Path findLibrary() {
        return LIBRARIES.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    private static SoftHsmToken create() {
        try {
            Path conf = Path.of(System.getenv("SOFTHSM2_CONF")).toAbsolutePath();
            Path directory = conf.getParent();
            deleteRecursively(directory);
            Path tokens = Files.createDirectories(directory.resolve("tokens"));
            Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
            Path library = java.util.Objects.requireNonNull(findLibrary());
            HexFormat hex = HexFormat.of();
            SecureRandom random = new SecureRandom();
            String pin = hex.formatHex(random.generateSeed(8));
            String soPin = hex.formatHex(random.generateSeed(8));
            Path pinFile = directory.resolve("user.pin");
            Files.writeString(pinFile, pin);
            run(directory, "softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", pin, "--so-pin", soPin);

            Path keys = Files.createDirectories(directory.resolve("keys-to-import"));
            importKeyAndCertificate(directory, keys, library, pin, RSA_KEY, "01",
                    List.of("-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"));
            importKeyAndCertificate(directory, keys, library, pin, EC_KEY, "02",
                    List.of("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"));
            run(directory, "pkcs11-tool", "--module", library.toString(), "--token-label", LABEL, "--login", "--pin", pin,
                    "--keygen", "--key-type", "AES:32", "--label", SECRET_KEY, "--id", "03");
            deleteRecursively(keys); // the private keys now exist only inside the token
            return new SoftHsmToken(library, directory, pinFile, pin);
        } catch (IOException e) {
            throw new UncheckedIOException("creating the SoftHSM2 test token failed", e);
        }
    }

    private static void importKeyAndCertificate(Path directory, Path keys, Path library, String pin, String label,
            String id, List<String> keyOptions) throws IOException {
        Path pem = keys.resolve(label + ".pem");
        Path der = keys.resolve(label + ".der");
        Path certificate = directory.resolve(label + ".cert.der");
        List<String> generate = new ArrayList<>(List.of("openssl", "genpkey"));
        generate.addAll(keyOptions);
        generate.addAll(List.of("-out", pem.toString()));
        run(directory, generate.toArray(String[]::new));
        run(directory, "openssl", "pkcs8", "-topk8", "-nocrypt", "-in", pem.toString(), "-outform", "DER", "-out", der.toString());
        run(directory, "openssl", "req", "-new", "-x509", "-key", pem.toString(), "-subj", "/CN=" + label, "-days", "30",
                "-outform", "DER", "-out", certificate.toString());
        for (String[] object : new String[][] {{der.toString(), "privkey"}, {certificate.toString(), "cert"}}) {
            run(directory, "pkcs11-tool", "--module", library.toString(), "--token-label", LABEL, "--login", "--pin", pin,
                    "--write-object", object[0], "--type", object[1], "--id", id, "--label", label);
        }
    }

    private static void run(Path directory, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", directory.resolve("softhsm2.conf").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                // the command line holds the test PIN: name the tool only
                throw new IOException(command[0] + " " + command[1] + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command[0] + " was interrupted", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
