package io.github.bitget4j.it;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One testkit server on 127.0.0.1 per test class; faults and recordings are reset before each test. */
abstract class TestkitFixture {

    static TestkitServer server;

    private static final AtomicLong CLIENT_OIDS = new AtomicLong();

    @BeforeAll
    static void startServer() {
        server = TestkitServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.faults().clear();
        server.clearRequests();
    }

    static ClientOptions.Builder optionsFor(TestCredentials key) {
        return ClientOptions.builder().baseUrl(server.baseUrl())
                .apiKey(key.apiKey()).apiSecret(key.apiSecret()).apiPass(key.apiPass());
    }

    /**
     * A client signing with {@code key}. Each key is its own funded account, so a test that checks balances
     * or orders takes a fresh key ({@code server.createHmacKey()}) and shares nothing with other tests.
     */
    static RestClientV2 v2ClientOf(TestCredentials key) {
        return new RestClientV2(optionsFor(key).build());
    }

    static RestClientV3 v3ClientOf(TestCredentials key) {
        return new RestClientV3(optionsFor(key).build());
    }

    /** A clientOid no other order of this JVM has, so tests can name their orders. */
    static String newClientOid(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + CLIENT_OIDS.incrementAndGet();
    }

    /** The exception the call throws, after checking it is one of {@code type} (with the actual one shown if not). */
    static <T extends Throwable> T failureOf(Class<T> type, ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).as("what the call threw").isInstanceOf(type);
        return type.cast(thrown);
    }

    static ClientOptions.Builder publicOptions() {
        return ClientOptions.builder().baseUrl(server.baseUrl());
    }

    static String resource(String name) {
        try (InputStream in = TestkitFixture.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public half of the committed PKCS#8 test key, derived with the JDK only. */
    static PublicKey testRsaPublicKey() {
        try {
            String base64 = resource("keys/rsa2048-pkcs8.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            var factory = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return factory.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
