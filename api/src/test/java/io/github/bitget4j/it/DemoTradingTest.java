package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetAuthException;
import io.github.bitget4j.testkit.TestCredentials;
import org.junit.jupiter.api.Test;

class DemoTradingTest extends TestkitFixture {

    @Test
    void demoTradingSendsThePaptradingHeaderWhichADemoKeyNeeds() {
        TestCredentials demoKey = server.createHmacKey(true);
        try (var client = new RestClientV3(optionsFor(demoKey).demoTrading(true).build())) {
            assertThat(client.getBalances().code()).isEqualTo("00000");
            assertThat(client.getTickers(io.github.bitget4j.model.v3.TickersRequest.of(
                    io.github.bitget4j.model.v3.Category.SPOT)).data()).isNotEmpty();
        }
        assertThat(server.requests()).hasSize(2)
                .allSatisfy(r -> assertThat(r.header("paptrading")).isEqualTo("1"));
    }

    @Test
    void aDemoKeyWithoutDemoTradingIsRefusedWith40099() {
        TestCredentials demoKey = server.createHmacKey(true);
        try (var client = new RestClientV3(optionsFor(demoKey).build())) {
            assertThatThrownBy(client::getBalances).isInstanceOfSatisfying(BitgetAuthException.class, e -> {
                assertThat(e.code()).isEqualTo("40099");
                assertThat(e.isAuthError()).as("a wrong environment is a credentials problem").isTrue();
                assertThat(e.retryable()).isFalse();
            });
        }
        assertThat(server.requests().get(0).header("paptrading")).isNull();
    }

    @Test
    void aLiveKeyWithDemoTradingIsRefusedWith40099() {
        TestCredentials liveKey = server.createHmacKey(false);
        try (var client = new RestClientV3(optionsFor(liveKey).demoTrading(true).build())) {
            assertThatThrownBy(client::getBalances).isInstanceOfSatisfying(BitgetAuthException.class, e -> {
                assertThat(e.code()).isEqualTo("40099");
                assertThat(e.isAuthError()).isTrue();
            });
        }
    }
}
