package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.SignMessageFunction;
import io.github.bitget4j.errors.BitgetAuthException;
import io.github.bitget4j.testkit.RecordedRequest;
import io.github.bitget4j.testkit.TestCredentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CustomSignFunctionTest extends TestkitFixture {

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBase64FunctionIsCalledWithThePrehashAndTheSecretAndTheServerAcceptsIt() {
        TestCredentials key = server.createHmacKey();
        List<String> seen = new CopyOnWriteArrayList<>();
        SignMessageFunction fn = (message, secret) -> {
            seen.add(message + "|" + secret.equals(key.apiSecret()));
            return java.util.Base64.getEncoder().encodeToString(hmac(secret, message));
        };
        try (var client = new RestClientV2(optionsFor(key).customSignMessageFn(fn).build())) {
            assertThat(client.getSpotAccountAssets().code()).isEqualTo("00000");
        }
        RecordedRequest request = server.requests().get(0);
        assertThat(seen).containsExactly(request.header("ACCESS-TIMESTAMP") + "GET" + request.pathAndQuery() + "|true");
    }

    @Test
    void theFunctionWinsOverTheSignerThatWouldFitTheSecret() {
        TestCredentials key = server.createHmacKey();
        // The secret looks like an RSA key, so without the function the RSA plugin would refuse to start.
        String rsaLooking = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----";
        SignMessageFunction fn = (message, ignored) ->
                java.util.Base64.getEncoder().encodeToString(hmac(key.apiSecret(), message));
        try (var client = new RestClientV2(optionsFor(key).apiSecret(rsaLooking).customSignMessageFn(fn).build())) {
            assertThat(client.getSpotAccountAssets().code()).isEqualTo("00000");
        }
    }

    @Test
    void aHexFunctionAsTheReferenceDocumentsItIsRejectedByBitget() {
        TestCredentials key = server.createHmacKey();
        SignMessageFunction hex = (message, secret) -> HexFormat.of().formatHex(hmac(secret, message));
        try (var client = new RestClientV2(optionsFor(key).customSignMessageFn(hex).build())) {
            assertThatThrownBy(client::getSpotAccountAssets).isInstanceOfSatisfying(BitgetAuthException.class,
                    e -> assertThat(e.code()).isEqualTo("40009"));
        }
    }
}
