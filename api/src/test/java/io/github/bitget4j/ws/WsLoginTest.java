package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.MissingCredentialsException;
import io.github.bitget4j.errors.WsLoginException;
import io.github.bitget4j.testkit.TestCredentials;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WsLoginTest extends WsTestkitFixture {

    @Test
    void anHmacLoginIsVerifiedByTheServerAndReportedToTheListener() {
        TestCredentials key = server.createHmacKey();
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV3(optionsFor(key).build(), listener)) {
            ws.connectPrivate();
            assertThat(ws.isConnected(WsKey.V3_PRIVATE)).isTrue();
            assertThat(connections("/v3/ws/private")).anyMatch(c -> key.apiKey().equals(c.apiKey()) && c.closedAt() == null);
            // listener events are delivered on their own thread, so the event may trail connectPrivate()
            await("the authenticated event", Duration.ofSeconds(30),
                    () -> listener.lifecycle.contains("authenticated V3_PRIVATE"));
        }
    }

    @Test
    void anRsaLoginIsVerifiedByTheServer() {
        TestCredentials key = server.createRsaKey();
        try (var ws = new WebsocketClientV2(optionsFor(key).build())) {
            ws.connectPrivate();
            assertThat(connections("/v2/ws/private")).anyMatch(c -> key.apiKey().equals(c.apiKey()) && c.closedAt() == null);
        }
    }

    @Test
    void aCustomSignFunctionSignsTheLoginWithTheSecondsTimestampGetAndUserVerify() {
        TestCredentials key = server.createHmacKey();
        var messages = new java.util.concurrent.CopyOnWriteArrayList<String>();
        io.github.bitget4j.SignMessageFunction hmacBase64 = (message, secret) -> {
            messages.add(message);
            try {
                var mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "HmacSHA256"));
                return java.util.Base64.getEncoder().encodeToString(
                        mac.doFinal(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
        try (var ws = new WebsocketClientV3(optionsFor(key).customSignMessageFn(hmacBase64).build())) {
            ws.connectPrivate();
            assertThat(connections("/v3/ws/private")).anyMatch(c -> key.apiKey().equals(c.apiKey()) && c.closedAt() == null);
        }
        long nowSeconds = System.currentTimeMillis() / 1000;
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m).endsWith("GET/user/verify").matches("\\d{10}GET/user/verify");
            assertThat(Long.parseLong(m.substring(0, 10))).isBetween(nowSeconds - 30, nowSeconds);
        });
    }

    @Test
    void aRefusedLoginThrowsWsLoginExceptionWithTheCodeInsteadOfHanging() {
        TestCredentials key = server.createHmacKey();
        server.wsFaults().failNextLogin();
        try (var ws = new WebsocketClientV3(optionsFor(key).build())) {
            long start = System.nanoTime();
            assertThatThrownBy(ws::connectPrivate).isInstanceOfSatisfying(WsLoginException.class,
                    e -> assertThat(e.code()).isEqualTo("30005"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ws.options().requestTimeout());
            assertThat(ws.isConnected(WsKey.V3_PRIVATE)).isFalse();
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndTheSubscriptionIsNotKept() {
        TestCredentials key = server.createHmacKey();
        var options = optionsFor(key).apiPass("not-the-passphrase").build();
        try (var ws = new WebsocketClientV3(options)) {
            assertThatThrownBy(() -> ws.subscribe(WsTopicV3.privateTopic("order"))).isInstanceOf(WsLoginException.class);
            assertThat(ws.subscriptions()).isEmpty();
        }
    }

    @Test
    void theSocketCanLogInAfterAFirstRefusal() {
        TestCredentials key = server.createHmacKey();
        server.wsFaults().failNextLogin();
        try (var ws = new WebsocketClientV3(optionsFor(key).build())) {
            assertThatThrownBy(ws::connectPrivate).isInstanceOf(WsLoginException.class);
            ws.connectPrivate();
            assertThat(ws.isConnected(WsKey.V3_PRIVATE)).isTrue();
        }
    }

    @Test
    void aPrivateTopicWithoutCredentialsFailsBeforeAnyConnection() {
        int before = server.wsConnections().size();
        try (var ws = new WebsocketClientV2(publicOptions().build())) {
            assertThatThrownBy(() -> ws.subscribe(WsTopicV2.allSymbols("SPOT", "orders")))
                    .isInstanceOf(MissingCredentialsException.class).hasMessageContaining("apiKey");
        }
        assertThat(server.wsConnections()).hasSize(before);
    }
}
