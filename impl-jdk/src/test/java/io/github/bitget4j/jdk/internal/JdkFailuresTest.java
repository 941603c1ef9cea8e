package io.github.bitget4j.jdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Fates of the failures java.net.http reports once an exchange has its slot. */
class JdkFailuresTest {

    @Test
    void aStreamRefusedBeforeSendingForTheServersStreamLimitIsNotSent() {
        var failure = new CompletionException(new IOException("too many concurrent streams"));

        TransportException mapped = JdkFailures.toTransportException("GET https://h/x", failure, false);

        assertThat(JdkFailures.isRefusedByClient(failure)).isTrue();
        assertThat(mapped.kind()).isEqualTo(Kind.IO);
        assertThat(mapped.mayHaveReachedServer()).isFalse();
        assertThat(mapped).hasMessageContaining("not sent");
    }

    @Test
    void aStreamTheServerResetWithRefusedStreamIsNotSent() {
        var failure = new CompletionException(new IOException("request not processed by peer"));

        TransportException mapped = JdkFailures.toTransportException("POST https://h/x", failure, false);

        assertThat(JdkFailures.isRefusedByClient(failure)).isFalse();
        assertThat(mapped.mayHaveReachedServer()).isFalse();
        assertThat(mapped).hasMessageContaining("REFUSED_STREAM").hasMessageContaining("not sent");
    }

    @Test
    void anyOtherResetOrBrokenConnectionMayHaveReachedTheServer() {
        for (String message : new String[] {"Received RST_STREAM: Stream cancelled", "connection reset"}) {
            TransportException mapped = JdkFailures.toTransportException("POST https://h/x",
                    new CompletionException(new IOException(message)), false);

            assertThat(mapped.kind()).as(message).isEqualTo(Kind.IO);
            assertThat(mapped.mayHaveReachedServer()).as(message).isTrue();
        }
    }
}
