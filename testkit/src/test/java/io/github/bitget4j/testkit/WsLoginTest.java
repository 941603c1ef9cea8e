package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logins on the private sockets are checked with the REST side's keys and rules. */
class WsLoginTest {

    private TestkitServer server;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonObject loginReply(String path, TestCredentials key, long timestampSeconds) throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, path)) {
            ws.login(key, timestampSeconds);
            return ws.nextJson();
        }
    }

    private static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    @Test
    void acceptsAnHmacLoginWithCodeZeroAsANumber() throws Exception {
        JsonObject reply = loginReply("/v2/ws/private", server.createHmacKey(), nowSeconds());

        assertThat(reply.get("event").getAsString()).isEqualTo("login");
        assertThat(reply.get("code").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(reply.get("code").getAsInt()).isZero();
    }

    @Test
    void acceptsAnRsaLoginOnTheV3PrivateSocketAndRecordsTheKey() throws Exception {
        TestCredentials key = server.createRsaKey();

        JsonObject reply = loginReply("/v3/ws/private", key, nowSeconds());

        assertThat(reply.get("event").getAsString()).isEqualTo("login");
        assertThat(server.wsConnections()).anySatisfy(record -> {
            assertThat(record.path()).isEqualTo("/v3/ws/private");
            assertThat(record.apiKey()).isEqualTo(key.apiKey());
        });
    }

    @Test
    void rejectsALoginSignedWithAnotherSecretAsInvalidSignature() throws Exception {
        TestCredentials key = server.createHmacKey();
        TestCredentials forged = new TestCredentials(key.apiKey(), "not-the-secret", key.apiPass(), false);

        JsonObject reply = loginReply("/v2/ws/private", forged, nowSeconds());

        assertThat(reply.get("event").getAsString()).isEqualTo("error");
        assertThat(reply.get("code").getAsInt()).isEqualTo(30015);
    }

    @Test
    void rejectsAnUnknownKey() throws Exception {
        TestCredentials unknown = new TestCredentials("bg_unknown", "secret", "pass", false);

        JsonObject reply = loginReply("/v2/ws/private", unknown, nowSeconds());

        assertThat(reply.get("code").getAsInt()).isEqualTo(30011);
    }

    @Test
    void rejectsATimestampMoreThan30SecondsOld() throws Exception {
        JsonObject reply = loginReply("/v3/ws/private", server.createHmacKey(), nowSeconds() - 31);

        assertThat(reply.get("code").getAsInt()).isEqualTo(30014);
    }

    @Test
    void rejectsATimestampInMillisecondsBecauseLoginTimestampsAreSeconds() throws Exception {
        JsonObject reply = loginReply("/v2/ws/private", server.createHmacKey(), System.currentTimeMillis());

        assertThat(reply.get("event").getAsString()).isEqualTo("error");
    }

    @Test
    void failNextLoginRefusesOneGoodLoginWith30005() throws Exception {
        TestCredentials key = server.createHmacKey();
        server.wsFaults().failNextLogin();

        JsonObject refused = loginReply("/v2/ws/private", key, nowSeconds());
        JsonObject accepted = loginReply("/v2/ws/private", key, nowSeconds());

        assertThat(refused.get("event").getAsString()).isEqualTo("error");
        assertThat(refused.get("code").getAsInt()).isEqualTo(30005);
        assertThat(accepted.get("event").getAsString()).isEqualTo("login");
    }

    @Test
    void privateChannelsNeedALoginFirst() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v2/ws/private")) {
            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"orders\",\"instId\":\"default\"}]}");

            JsonObject reply = ws.nextJson();

            assertThat(reply.get("event").getAsString()).isEqualTo("error");
            assertThat(reply.get("code").getAsInt()).isEqualTo(30004);
            assertThat(server.wsSubscriptions("/v2/ws/private")).isEmpty();
        }
    }
}
