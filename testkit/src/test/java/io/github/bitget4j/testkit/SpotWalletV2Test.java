package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Transfers between a key's spot and USDT-M futures accounts under concurrency: money is neither made nor lost. */
class SpotWalletV2Test {

    private static final String TRANSFER = "/api/v2/spot/wallet/transfer";

    @Test
    void concurrentTransfersBothWaysConserveTheTotalAndNeverOverdraw() throws Exception {
        try (TestkitServer server = TestkitServer.builder().initialBalance("USDT", "100").initialFuturesBalance(new BigDecimal("100"))
                .start()) {
            BitgetTestClient client = new BitgetTestClient(server.baseUrl());
            TestCredentials key = server.createHmacKey();
            AtomicInteger moved = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 200; i++) {
                    boolean toFutures = i % 2 == 0;
                    String amount = Integer.toString(30 + i % 50); // often more than the source holds at that moment
                    String body = "{\"fromType\":\"" + (toFutures ? "spot" : "usdt_futures") + "\",\"toType\":\""
                            + (toFutures ? "usdt_futures" : "spot") + "\",\"coin\":\"USDT\",\"amount\":\"" + amount + "\"}";
                    done.add(threads.submit(() -> {
                        BitgetTestClient.Answer answer = client.post(key, TRANSFER, body);
                        if (answer.code().equals("00000")) {
                            moved.incrementAndGet();
                        } else {
                            assertThat(answer.code()).as(answer.body()).isEqualTo("43012");
                            refused.incrementAndGet();
                        }
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }

            BigDecimal spot = server.balance(key.apiKey(), "USDT").available();
            BigDecimal futures = futuresAvailable(client, key);
            assertThat(spot.signum()).isNotNegative();
            assertThat(futures.signum()).isNotNegative();
            assertThat(spot.add(futures)).isEqualByComparingTo("200");
            assertThat(moved.get() + refused.get()).isEqualTo(200);
            assertThat(moved.get()).as("some transfers fit").isPositive();
            int recorded = records(client, key, "spot") + records(client, key, "usdt_futures");
            assertThat(recorded).as("one record per transfer that moved money").isEqualTo(moved.get());
        }
    }

    @Test
    void oneClientOidSentConcurrentlyMovesMoneyOnce() throws Exception {
        try (TestkitServer server = TestkitServer.start()) {
            BitgetTestClient client = new BitgetTestClient(server.baseUrl());
            TestCredentials key = server.createHmacKey();
            BigDecimal before = server.balance(key.apiKey(), "USDT").available();
            String body = "{\"fromType\":\"spot\",\"toType\":\"usdt_futures\",\"coin\":\"USDT\",\"amount\":\"10\",\"clientOid\":\"once\"}";
            Set<String> transferIds = ConcurrentHashMap.newKeySet();
            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 50; i++) {
                    done.add(threads.submit(() -> {
                        BitgetTestClient.Answer answer = client.post(key, TRANSFER, body);
                        assertThat(answer.code()).as(answer.body()).isEqualTo("00000");
                        transferIds.add(answer.data().getAsJsonObject().get("transferId").getAsString());
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }

            assertThat(transferIds).hasSize(1);
            assertThat(server.balance(key.apiKey(), "USDT").available()).isEqualByComparingTo(before.subtract(BigDecimal.TEN));
            assertThat(records(client, key, "spot")).isEqualTo(1);
        }
    }

    private static BigDecimal futuresAvailable(BitgetTestClient client, TestCredentials key) {
        JsonElement data = client.get(key, "/api/v2/mix/account/accounts", "productType=USDT-FUTURES").data();
        return new BigDecimal(data.getAsJsonArray().get(0).getAsJsonObject().get("available").getAsString());
    }

    private static int records(BitgetTestClient client, TestCredentials key, String fromType) {
        BitgetTestClient.Answer answer = client.get(key, "/api/v2/spot/account/transferRecords",
                "coin=USDT&fromType=" + fromType + "&limit=500");
        assertThat(answer.code()).as(answer.body()).isEqualTo("00000");
        return answer.data().getAsJsonArray().size();
    }
}
