package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpTransport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A transport runs on virtual threads plus one daemon timer thread, and leaves nothing behind on close. */
class ThreadsTest {

    @Test
    void usesOnlyDaemonPlatformThreadsAndStopsThemOnClose() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<Thread> added;
        try (RawHttpServer server = RawHttpServer.start()) {
            HttpTransport transport = new TestSettings().newTransport();
            transport.send(TestSettings.get(server.url("/")));
            added = Thread.getAllStackTraces().keySet().stream().filter(thread -> !before.contains(thread)).toList();
            transport.close();
        }

        assertThat(added).allSatisfy(thread -> assertThat(thread.isDaemon()).as(thread.getName()).isTrue());
        List<Thread> transportThreads = added.stream().filter(thread -> thread.getName().startsWith("bitget4j-http-")).toList();
        assertThat(transportThreads).isNotEmpty();
        for (Thread thread : transportThreads) {
            thread.join(2_000);
        }
        assertThat(transportThreads).noneMatch(Thread::isAlive);
    }
}
