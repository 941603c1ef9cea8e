package io.github.bitget4j.testkit.internal;

import java.time.Duration;

/**
 * The server's idea of "now": the wall clock plus an adjustable offset, so tests can put the server
 * ahead of or behind the client and exercise clock-skew handling (error 40008, server-time sync).
 */
public final class ServerClock {

    private volatile long offsetMillis;

    public long millis() {
        return System.currentTimeMillis() + offsetMillis;
    }

    public void setOffset(Duration offset) {
        this.offsetMillis = offset.toMillis();
    }
}
