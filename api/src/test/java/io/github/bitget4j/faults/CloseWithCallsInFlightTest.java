package io.github.bitget4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.testkit.TestCredentials;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 10, case 1: close() while 2,000 order POSTs are in flight. */
class CloseWithCallsInFlightTest extends RestFaultFixture {

    private static final int CALLS = 2_000;
    private static final int CONNECTIONS = 64;

    @Test
    @Timeout(180)
    void everyPostTheServerReceivedSaysMayHaveReachedAndNoPostItMissedSaysNotSentWrongly() throws Exception {
        TestCredentials key = server.createHmacKey();
        // The server holds each answer, so every connection carries one received order when close() comes.
        server.faults().latency(PLACE_ORDER, Duration.ofSeconds(30));
        Map<String, Object> outcomes;
        RestClientV2 client = new RestClientV2(optionsFor(key).maxConnections(CONNECTIONS)
                .requestTimeout(Duration.ofSeconds(60)).build());
        try (ExecutorService threads = virtualThreads()) {
            outcomes = placeAtOnce(client, CALLS, "close", threads);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (server.requests(PLACE_ORDER).size() < CONNECTIONS && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(server.requests(PLACE_ORDER)).as("orders on the wire before close()").hasSize(CONNECTIONS);
            client.close();
            awaitAll(threads);
        }
        Set<String> received = receivedClientOids();
        Map<Fates, Long> counts = countByFate(outcomes);
        Set<String> saidNotSent = outcomes.entrySet().stream().filter(e -> Fates.of(e.getValue()) == Fates.NOT_SENT)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        long receivedButSaidNotSent = saidNotSent.stream().filter(received::contains).count();
        long saidMayHaveReached = counts.getOrDefault(Fates.MAY_HAVE_REACHED_SERVER, 0L);
        System.out.printf("CloseWithCallsInFlightTest: %d calls, server received %d; reported not sent %d "
                        + "(of which the server had %d), may have reached %d, answered %d%n", CALLS, received.size(),
                saidNotSent.size(), receivedButSaidNotSent, saidMayHaveReached, counts.getOrDefault(Fates.ANSWERED, 0L));

        assertThat(outcomes).hasSize(CALLS);
        assertThat(receivedButSaidNotSent).as("orders the server has, reported as never sent").isZero();
        // Only a request that had started to go out may say "may have reached": at most one per connection.
        assertThat(saidMayHaveReached).isBetween((long) received.size(), (long) received.size() + CONNECTIONS);
        assertThat(saidNotSent).hasSize(CALLS - (int) saidMayHaveReached);
    }
}
