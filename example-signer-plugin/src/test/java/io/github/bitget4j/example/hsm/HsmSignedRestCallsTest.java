package io.github.bitget4j.example.hsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.testkit.TestkitServer;
import io.github.bitget4j.testkit.contract.SoftHsmToken;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * REST calls signed inside a SoftHSM2 token (created for this run in target/softhsm), checked by a testkit
 * server that holds only the public key. Here rather than in signers because signers cannot depend on api
 * (api depends on signers for its own tests). Skipped, with a hint, where SoftHSM2 is not installed.
 */
class HsmSignedRestCallsTest {

    private static final String API_KEY = "bg_hsm_key";
    private static final String PASS = "hsm-pass";
    private static TestkitServer server;
    private static SoftHsmToken token;

    @BeforeAll
    static void startServerWithThePublicKeyOfTheTokensKey() {
        server = TestkitServer.start();
        token = SoftHsmToken.createOrSkip();
        server.registerRsaPublicKey(API_KEY, token.publicKey(SoftHsmToken.RSA_KEY), PASS, false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ClientOptions.Builder options(String apiSecret) {
        // rate limiting off: these tests are about signing in the token, and one sends 1,000 calls at once
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(API_KEY).apiSecret(apiSecret).apiPass(PASS)
                .rateLimiting(false);
    }

    @Test
    void callsSignedInTheTokenAreAcceptedOnV3AndV2WithThePkcs11SignerPickedByTheUriAlone() {
        try (var v3 = new RestClientV3(options(token.uri(SoftHsmToken.RSA_KEY)).build());
                var v2 = new RestClientV2(options(token.uri(SoftHsmToken.RSA_KEY)).build())) {
            assertThat(v3.getBalances().code()).isEqualTo("00000");
            assertThat(v3.getAccountInfo().code()).isEqualTo("00000");
            assertThat(v2.getSpotAccountAssets().code()).isEqualTo("00000");
        }
    }

    @Test
    void aThousandConcurrentSignedCallsFromVirtualThreadsAllSucceed() throws Exception {
        int calls = 1_000;
        List<Future<String>> codes = new ArrayList<>(calls);
        try (var client = new RestClientV3(options(token.uri(SoftHsmToken.RSA_KEY)).build())) {
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < calls; i++) {
                    codes.add(threads.submit(() -> {
                        start.await();
                        return client.getBalances().code();
                    }));
                }
                start.countDown();
            }
        }
        for (Future<String> code : codes) {
            assertThat(code.get()).isEqualTo("00000");
        }
    }

    @Test
    void theTokenCanBeUsedAgainAfterAClientClosedAndLoggedOut() {
        for (int round = 0; round < 2; round++) {
            try (var client = new RestClientV3(options(token.uri(SoftHsmToken.RSA_KEY)).build())) {
                assertThat(client.getBalances().code()).isEqualTo("00000");
            }
        }
    }

    @Test
    void twoClientsOnTheSameTokenShareOneLoginAndClosingOneLeavesTheOtherWorking() {
        try (var first = new RestClientV3(options(token.uri(SoftHsmToken.RSA_KEY)).build())) {
            try (var second = new RestClientV3(options(token.uri(SoftHsmToken.RSA_KEY)).build())) {
                assertThat(second.getBalances().code()).isEqualTo("00000");
            }
            assertThat(first.getBalances().code()).isEqualTo("00000");
        }
    }

    @Test
    void eachBrokenHsmSettingFailsAtClientConstructionSayingWhatWasLookedForAndWhereButNeverThePin() {
        String library = token.library().toString();
        String rsa = token.uri(SoftHsmToken.RSA_KEY);
        String wrongPin = "9999-not-the-pin";
        record Case(String apiSecret, String expected) {
        }
        List<Case> cases = List.of(
                new Case(rsa.replace(library, "/nonexistent/libpkcs11.so"), "/nonexistent/libpkcs11.so"),
                new Case(rsa.replace("token=" + SoftHsmToken.LABEL, "token=no-such-token"),
                        "no token labelled 'no-such-token' in the PKCS#11 library " + library),
                new Case(token.uriWithoutPin(SoftHsmToken.RSA_KEY) + "&pin-value=" + wrongPin, "the PIN is wrong"),
                new Case(token.uri("no-such-key"), "no key labelled 'no-such-key' on token '" + SoftHsmToken.LABEL + "'"),
                new Case(token.uri(SoftHsmToken.EC_KEY), "is an EC key, not an RSA private key"),
                new Case(token.uri(SoftHsmToken.SECRET_KEY), "is a secret (AES) key, not an RSA private key"));
        server.clearRequests();
        for (Case broken : cases) {
            assertThatThrownBy(() -> new RestClientV3(options(broken.apiSecret()).build()).close())
                    .as(broken.apiSecret().replace(wrongPin, "<pin>"))
                    .isInstanceOf(BitgetConfigurationException.class)
                    .hasMessageContaining("\"pkcs11\" signer")
                    .hasMessageContaining(broken.expected())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrongPin).doesNotContain(token.pin()));
        }
        assertThat(server.requests()).isEmpty();
    }
}
