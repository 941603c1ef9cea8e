package io.github.bitget4j.example.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.testkit.TestkitServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin jar on the class path is all it takes: the calling code is a plain client with a "remote:" secret. */
class RemoteSignerPluginTest {

    private static final String API_KEY = "bg_remote_signer";
    private static final String PASS = "remote-pass";
    private static RemoteSigningService service;
    private static TestkitServer server;

    @BeforeAll
    static void start() throws Exception {
        service = new RemoteSigningService();
        server = TestkitServer.start();
        server.registerRsaPublicKey(API_KEY, service.publicKey(), PASS, false);
    }

    @AfterAll
    static void stop() {
        server.close();
        service.close();
    }

    private static ClientOptions.Builder options(String secret, String token) {
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(API_KEY).apiSecret(secret).apiPass(PASS)
                .signerProperties(Map.of(RemoteSignerProvider.TOKEN_PROPERTY, token));
    }

    @Test
    void aPlainRestClientSignsThroughTheRemoteServiceAndTheServerAcceptsIt() {
        int before = service.signatures();
        try (var client = new RestClientV3(options("remote:" + service.keyUrl(RemoteSigningService.KEY_ID), service.token()).build())) {
            assertThat(client.getBalances().code()).isEqualTo("00000");
            assertThat(client.getAccountInfo().code()).isEqualTo("00000");
        }
        assertThat(service.signatures() - before).isEqualTo(2);
    }

    @Test
    void aWrongTokenFailsAtClientConstructionNamingTheRemoteSignerAndNothingReachesBitget() {
        server.clearRequests();
        assertThatThrownBy(() -> new RestClientV3(options("remote:" + service.keyUrl(RemoteSigningService.KEY_ID),
                "not-the-token").build()))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("\"remote\" signer")
                .hasMessageContaining("HTTP 401")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-token"));
        assertThat(server.requests()).isEmpty();
    }
}
