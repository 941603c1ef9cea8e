package io.github.bitget4j.it;

import io.github.bitget4j.ClientOptions;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One testkit server on 127.0.0.1 per test class; faults and recordings are reset before each test. */
abstract class TestkitFixture {

    static TestkitServer server;

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
