package io.github.bitget4j.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.errors.WsLoginException;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.errors.BitgetServiceException;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A machine clock 60 s off Bitget's: refused without the sync, fine with it. */
class ClockSyncTest {

    private static final String TIME = "/api/v2/public/time";
    private static final String ASSETS = "/api/v2/spot/account/assets";

    static TestkitServer server;
    TestCredentials key;

    @BeforeAll
    static void start() {
        server = TestkitServer.builder().clockOffset(Duration.ofSeconds(60)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.setClockOffset(Duration.ofSeconds(60));
        server.clearRequests();
        key = server.createHmacKey();
    }

    private ClientOptions.Builder options() {
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(key.apiKey()).apiSecret(key.apiSecret())
                .apiPass(key.apiPass());
    }

    @Test
    void withoutTheSyncEveryPrivateCallIsRefusedWith40008() {
        try (var client = new RestClientV2(options().build())) {
            assertThatThrownBy(client::getSpotAccountAssets).isInstanceOfSatisfying(BitgetServiceException.class,
                    e -> assertThat(e.isClockSkew()).isTrue());
        }
    }

    @Test
    void withTheSyncTheOffsetIsMeasuredOnceBeforeTheFirstSignedCall() {
        try (var client = new RestClientV2(options().clockSync(true).build())) {
            for (int i = 0; i < 5; i++) {
                assertThat(client.getSpotAccountAssets().data()).isNotEmpty();
            }
        }
        assertThat(server.requests(TIME)).hasSize(1);
        assertThat(server.requests(ASSETS)).hasSize(5).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void anUnsignedCallNeedsNoMeasurement() {
        try (var client = new RestClientV2(ClientOptions.builder().baseUrl(server.baseUrl()).clockSync(true).build())) {
            client.getSpotTicker();
        }
        assertThat(server.requests(TIME)).isEmpty();
    }

    @Test
    void whenBitgetsClockJumpsA40008MeasuresAgainAndSendsTheRequestOnceMore() {
        try (var client = new RestClientV2(options().clockSync(true).build())) {
            client.getSpotAccountAssets();
            server.setClockOffset(Duration.ofSeconds(-60));
            assertThat(client.getSpotAccountAssets().data()).isNotEmpty();
        }
        assertThat(server.requests(TIME)).hasSize(2);
        assertThat(server.requests(ASSETS)).extracting(r -> r.code()).containsExactly("00000", "40008", "00000");
    }

    @Test
    void aWebSocketLoginUsesTheOffsetTheRestClientMeasured() {
        var options = options().wsUrl(server.wsBaseUrl());
        try (var ws = new WebsocketClientV2(options.build())) {
            assertThatThrownBy(ws::connectPrivate).as("60 s off without the sync").isInstanceOf(WsLoginException.class);
        }
        try (var rest = new RestClientV2(options.clockSync(true).build());
             var ws = new WebsocketClientV2(options.clockSync(true).build())) {
            rest.getSpotAccountAssets();
            ws.connectPrivate();
            assertThat(ws.isConnected(WsKey.V2_PRIVATE)).isTrue();
        }
    }

    @Test
    void theOffsetIsMeasuredAgainOnceItIsOlderThanTheInterval() throws InterruptedException {
        try (var client = new RestClientV2(options().clockSync(true).clockSyncInterval(Duration.ofMillis(1)).build())) {
            client.getSpotAccountAssets();
            Thread.sleep(5);
            client.getSpotAccountAssets();
        }
        assertThat(server.requests(TIME)).hasSize(2);
    }
}
