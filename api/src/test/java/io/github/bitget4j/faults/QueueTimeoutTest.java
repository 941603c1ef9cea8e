package io.github.bitget4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.testkit.TestCredentials;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 10, case 3: a burst larger than the pool with a timeout shorter than the server's answer. */
class QueueTimeoutTest extends RestFaultFixture {

    private static final int CALLS = 400;
    private static final int CONNECTIONS = 4;

    @Test
    @Timeout(180)
    void aRequestThatNeverLeftIsReportedNotSentAndOneTheServerGotMayHaveReached() throws Exception {
        TestCredentials key = server.createHmacKey();
        server.faults().latency(PLACE_ORDER, Duration.ofSeconds(5)); // longer than the timeout: none is answered
        Map<String, Object> outcomes;
        try (var client = new RestClientV2(optionsFor(key).maxConnections(CONNECTIONS)
                .requestTimeout(Duration.ofMillis(500)).build());
             ExecutorService threads = virtualThreads()) {
            outcomes = placeAtOnce(client, CALLS, "burst", threads);
            awaitAll(threads);
        }
        Set<String> received = receivedClientOids();
        long mayHaveReachedButNeverReceived = outcomes.entrySet().stream()
                .filter(e -> Fates.of(e.getValue()) == Fates.MAY_HAVE_REACHED_SERVER)
                .filter(e -> !received.contains(e.getKey())).count();
        long receivedButSaidNotSent = outcomes.entrySet().stream()
                .filter(e -> Fates.of(e.getValue()) == Fates.NOT_SENT).filter(e -> received.contains(e.getKey())).count();
        Map<Fates, Long> counts = countByFate(outcomes);
        System.out.printf("QueueTimeoutTest: %d calls, %d connections, server received %d; %s; 'may have reached' "
                + "but never received %d%n", CALLS, CONNECTIONS, received.size(), counts, mayHaveReachedButNeverReceived);

        assertThat(outcomes).hasSize(CALLS);
        assertThat(receivedButSaidNotSent).as("orders the server has, reported as never sent").isZero();
        assertThat(mayHaveReachedButNeverReceived).as("requests that never left, reported as maybe received").isZero();
        assertThat(counts.getOrDefault(Fates.NOT_SENT, 0L)).as("queued past the timeout").isPositive();
    }
}
