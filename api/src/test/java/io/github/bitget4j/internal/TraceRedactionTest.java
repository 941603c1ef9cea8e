package io.github.bitget4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 10, case 5: a secret field that crosses the trace's cut must not print its start. */
class TraceRedactionTest {

    private static final String SECRET = "SUPERSECRETVALUE0123456789abcdefghijklmnopqrstuvwxyz";

    @Test
    void aSecretFieldCrossingTheCutIsRedactedNotHalfPrinted() {
        for (int shift = 1; shift < SECRET.length(); shift += 7) {
            String head = "{\"data\":\"" + "x".repeat(4_096 - 20 - shift) + "\",";
            String body = head + "\"secretKey\":\"" + SECRET + "\",\"more\":\"" + "y".repeat(200) + "\"}";

            String traced = Tracer.body(body.getBytes(StandardCharsets.UTF_8));

            assertThat(traced).as("cut at shift %d", shift).doesNotContain(SECRET.substring(0, 8));
        }
    }
}
