package io.github.bitget4j.testkit.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link SignerProvider} must do, as JUnit 5 tests. Extend it in a test class and say which
 * provider, which configuration works, how to check a signature independently and which configurations
 * must fail:
 *
 * <pre>{@code
 * class MySignerProviderContractTest extends SignerProviderContract {
 *     protected SignerProvider provider() { return new MySignerProvider(); }
 *     protected SignerSpec validSpec() { return SignerSpec.of("remote:https://signer.internal/keys/7"); }
 *     protected SignatureCheck signatureCheck() { return SignatureCheck.verifiedBy(publicKey); }
 *     protected List<InvalidConfiguration> invalidConfigurations() {
 *         return List.of(new InvalidConfiguration("unknown key", SignerSpec.of("remote:.../keys/404"), "404"));
 *     }
 * }
 * }</pre>
 *
 * The suite checks: the provider claims the valid secret; fixed Bitget prehashes (empty, query strings,
 * JSON bodies, non-ASCII) sign correctly; {@value #CONCURRENT_CALLERS} virtual threads share one signer;
 * every invalid configuration fails at creation with a {@link SignerException} saying what is wrong;
 * {@code toString()} and error texts never show a secret; a closed signer refuses to sign.
 */
public abstract class SignerProviderContract {

    /** For subclasses: one per implementation under test. */
    protected SignerProviderContract() {
    }

    /** How many virtual threads sign at once in the concurrency test. */
    public static final int CONCURRENT_CALLERS = 1_000;

    /** Prehashes as the SDK builds them: {@code timestamp + METHOD + path [+ ?query] + body}. */
    public static final List<String> FIXED_MESSAGES = List.of(
            "",
            "1695806875837GET/api/v2/spot/market/tickers?symbol=BTCUSDT",
            "1695806875837POST/api/v2/spot/trade/place-order{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\","
                    + "\"force\":\"gtc\",\"price\":\"27000.5\",\"size\":\"0.001\",\"clientOid\":\"bitget4j-0001\"}",
            "1695806875837GET/api/v2/spot/market/orderbook?limit=5&note=a%20b%2Fc%2Cd%2Be%27f%21g%2Ah%7Ei%28j%29k&symbol=BTCUSDT",
            "1695806875837POST/api/v3/trade/place-order{\"clientOid\":\"Grüße-für-€-🚀\",\"symbol\":\"BTCUSDT\"}",
            "1695806875GET/user/verify");

    /**
     * A configuration that {@link SignerProvider#create} must refuse, and a part of the message it must give.
     *
     * @param name shown as the test case name
     * @param spec the configuration
     * @param expectedMessagePart text the refusal message must contain
     */
    public record InvalidConfiguration(String name, SignerSpec spec, String expectedMessagePart) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@return the provider under test, as ServiceLoader would create it} */
    protected abstract SignerProvider provider();

    /** {@return a configuration the provider accepts and can sign with} */
    protected abstract SignerSpec validSpec();

    /** {@return how to tell a right signature from a wrong one, without the signer under test} */
    protected abstract SignatureCheck signatureCheck();

    /** {@return the configurations the provider declares it refuses; empty if there are none} */
    protected abstract List<InvalidConfiguration> invalidConfigurations();

    /**
     * Texts that must never appear in a {@code toString()} or an error message: the secret, passwords, PINs.
     * By default the valid spec's secret and key password.
     *
     * @return the texts, none of which may leak
     */
    protected List<String> secrets() {
        SignerSpec spec = validSpec();
        List<String> secrets = new ArrayList<>();
        secrets.add(spec.secret());
        if (spec.keyPassword() != null) {
            secrets.add(spec.keyPassword());
        }
        return secrets;
    }

    @Test
    void hasANameAndIsUsableAndSupportsTheValidSecret() {
        SignerProvider provider = provider();
        assertThat(provider.name()).isNotBlank();
        assertThat(provider.isUsable()).as("isUsable (unusable because: %s)", provider.unusableReason()).isTrue();
        assertThat(provider.supports(validSpec())).isTrue();
    }

    @Test
    void signsEveryFixedMessageSoThatTheIndependentCheckAcceptsIt() {
        SignatureCheck check = signatureCheck();
        try (Signer signer = provider().create(validSpec())) {
            for (String message : FIXED_MESSAGES) {
                byte[] bytes = message.getBytes(UTF_8);
                check.assertSignatureOf(bytes, signer.sign(bytes));
            }
        }
    }

    @Test
    void aThousandVirtualThreadsSharingOneSignerAllGetRightSignatures() throws Exception {
        SignatureCheck check = signatureCheck();
        List<Future<String>> results = new ArrayList<>(CONCURRENT_CALLERS);
        try (Signer signer = provider().create(validSpec())) {
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < CONCURRENT_CALLERS; i++) {
                    byte[] message = concurrentMessage(i);
                    results.add(threads.submit(() -> {
                        start.await();
                        return signer.sign(message);
                    }));
                }
                start.countDown();
            }
        }
        for (int i = 0; i < CONCURRENT_CALLERS; i++) {
            check.assertSignatureOf(concurrentMessage(i), results.get(i).get());
        }
    }

    @TestFactory
    Stream<DynamicTest> refusesEachInvalidConfigurationAtCreationSayingWhatIsWrongAndNoSecret() {
        return invalidConfigurations().stream().map(invalid -> DynamicTest.dynamicTest(invalid.name(), () -> {
            Throwable thrown = catchThrowable(() -> provider().create(invalid.spec()).close());
            assertThat(thrown).as(invalid.name()).isInstanceOf(SignerException.class)
                    .hasMessageContaining(invalid.expectedMessagePart());
            assertRevealsNoSecret(printed(thrown), invalid.spec());
        }));
    }

    @Test
    void toStringOfProviderSpecAndSignerShowsNoSecret() {
        try (Signer signer = provider().create(validSpec())) {
            String texts = provider() + "\n" + validSpec() + "\n" + signer;
            assertRevealsNoSecret(texts, validSpec());
        }
    }

    @Test
    void aClosedSignerRefusesToSignAndClosingTwiceIsHarmless() {
        Signer signer = provider().create(validSpec());
        signer.close();
        Throwable thrown = catchThrowable(() -> signer.sign("1695806875837GET/api/v2/spot/account/assets".getBytes(UTF_8)));
        assertThat(thrown).isInstanceOf(SignerException.class);
        assertRevealsNoSecret(printed(thrown), validSpec());
        assertThatCode(signer::close).doesNotThrowAnyException();
    }

    private void assertRevealsNoSecret(String text, SignerSpec spec) {
        List<String> secrets = new ArrayList<>(secrets());
        if (spec.keyPassword() != null) {
            secrets.add(spec.keyPassword());
        }
        for (String secret : secrets) {
            if (!secret.isBlank()) {
                assertThat(text).as("text that must not show a secret").doesNotContain(secret);
            }
        }
    }

    private static byte[] concurrentMessage(int i) {
        return ("1695806875837POST/api/v2/spot/trade/place-order{\"clientOid\":\"ü€-" + i + "\"}").getBytes(UTF_8);
    }

    private static String printed(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
