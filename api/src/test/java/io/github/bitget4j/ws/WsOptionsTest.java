package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WsOptionsTest {

    @Test
    void defaultsAreBitgetsLiveHostsTenSecondPingsAndABackoffFrom500msTo30s() {
        ClientOptions options = ClientOptions.defaults();
        assertThat(options.wsUrlFor(WsKey.V2_PUBLIC)).isEqualTo("wss://ws.bitget.com/v2/ws/public");
        assertThat(options.wsUrlFor(WsKey.V3_PRIVATE)).isEqualTo("wss://ws.bitget.com/v3/ws/private");
        assertThat(options.wsPingInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.wsPongTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.wsReconnectBackoffBase()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.wsReconnectBackoffCap()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.wsMaxReconnectAttempts()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void demoTradingConnectsToTheDemoHosts() {
        ClientOptions options = ClientOptions.builder().demoTrading(true).build();
        assertThat(options.wsUrlFor(WsKey.V2_PRIVATE)).isEqualTo("wss://wspap.bitget.com/v2/ws/private");
        assertThat(options.wsUrlFor(WsKey.V3_PUBLIC)).isEqualTo("wss://wspap.bitget.com/v3/ws/public");
    }

    @Test
    void aSocketsOwnUrlWinsOverTheBaseUrlWhichWinsOverTheDefaults() {
        ClientOptions options = ClientOptions.builder().demoTrading(true).wsUrl("ws://127.0.0.1:9/")
                .wsUrl(WsKey.V3_PRIVATE, "wss://proxy.example/private").build();
        assertThat(options.wsUrlFor(WsKey.V3_PUBLIC)).isEqualTo("ws://127.0.0.1:9/v3/ws/public");
        assertThat(options.wsUrlFor(WsKey.V3_PRIVATE)).isEqualTo("wss://proxy.example/private");
    }

    @Test
    void toBuilderKeepsEveryWebSocketOption() {
        ClientOptions options = ClientOptions.builder().wsUrl("ws://h:1").wsUrl(WsKey.V2_PUBLIC, "ws://x/y")
                .wsPingInterval(Duration.ofMillis(200)).wsPongTimeout(Duration.ofMillis(100))
                .wsReconnectBackoffBase(Duration.ofMillis(10)).wsReconnectBackoffCap(Duration.ofMillis(50))
                .wsMaxReconnectAttempts(3).webSocketTransportProvider("jetty").build();
        assertThat(options.toBuilder().build().toString()).isEqualTo(options.toString());
        assertThat(options.toString()).contains("wsPingInterval=PT0.2S", "wsMaxReconnectAttempts=3");
    }

    @Test
    void rejectsAnHttpUrlForAWebSocketAndACapBelowTheBase() {
        assertThatThrownBy(() -> ClientOptions.builder().wsUrl("http://h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientOptions.builder().wsReconnectBackoffBase(Duration.ofSeconds(2))
                .wsReconnectBackoffCap(Duration.ofSeconds(1)).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
