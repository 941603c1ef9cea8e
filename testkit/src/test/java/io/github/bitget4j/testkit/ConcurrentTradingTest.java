package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentTradingTest {

    @Test
    void concurrentOrdersFromManyAccountsConserveEveryCoin() throws Exception {
        try (TestkitServer server = TestkitServer.start()) {
            BitgetTestClient client = new BitgetTestClient(server.baseUrl());
            List<TestCredentials> keys = List.of(server.createHmacKey(), server.createHmacKey(), server.createHmacKey(), server.createHmacKey());
            Map<String, java.util.Queue<String>> orderIds = new ConcurrentHashMap<>();
            keys.forEach(k -> orderIds.put(k.apiKey(), new java.util.concurrent.ConcurrentLinkedQueue<>()));

            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 400; i++) {
                    TestCredentials key = keys.get(i % keys.size());
                    Random random = new Random(i);
                    boolean buy = random.nextBoolean();
                    // Prices around the mid, so users trade with the maker and with each other.
                    String price = Integer.toString(59_990 + random.nextInt(21));
                    String body = random.nextInt(5) == 0
                            ? "{\"symbol\":\"BTCUSDT\",\"side\":\"" + (buy ? "buy" : "sell") + "\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"" + (buy ? "200" : "0.003") + "\"}"
                            : "{\"symbol\":\"BTCUSDT\",\"side\":\"" + (buy ? "buy" : "sell") + "\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\""
                              + price + "\",\"size\":\"0.00" + (1 + random.nextInt(9)) + "\"}";
                    done.add(threads.submit(() -> {
                        BitgetTestClient.Answer answer = client.post(key, "/api/v2/spot/trade/place-order", body);
                        assertThat(answer.code()).as(answer.body()).isEqualTo("00000");
                        orderIds.get(key.apiKey()).add(answer.data().getAsJsonObject().get("orderId").getAsString());
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
            for (TestCredentials key : keys) {
                for (OrderSnapshot open : server.openOrders(key.apiKey())) {
                    client.post(key, "/api/v2/spot/trade/cancel-order", "{\"symbol\":\"BTCUSDT\",\"orderId\":\"" + open.orderId() + "\"}");
                }
            }

            for (TestCredentials key : keys) {
                BigDecimal usdt = new BigDecimal("100000");
                BigDecimal btc = new BigDecimal("2");
                for (String id : orderIds.get(key.apiKey())) {
                    OrderSnapshot o = server.order(key.apiKey(), id).orElseThrow();
                    assertThat(o.status().isOpen()).isFalse();
                    int sign = o.side().equals("buy") ? 1 : -1;
                    usdt = usdt.subtract(o.filledValue().multiply(BigDecimal.valueOf(sign)));
                    btc = btc.add(o.filledSize().multiply(BigDecimal.valueOf(sign)));
                }
                assertThat(server.balance(key.apiKey(), "USDT").frozen()).isEqualByComparingTo("0");
                assertThat(server.balance(key.apiKey(), "BTC").frozen()).isEqualByComparingTo("0");
                assertThat(server.balance(key.apiKey(), "USDT").available()).isEqualByComparingTo(usdt);
                assertThat(server.balance(key.apiKey(), "BTC").available()).isEqualByComparingTo(btc);
            }
        }
    }
}
