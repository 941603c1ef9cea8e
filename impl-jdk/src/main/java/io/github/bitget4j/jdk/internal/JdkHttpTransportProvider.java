package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.TransportSettings;

/** The {@code "jdk"} HTTP transport: java.net.http on virtual threads. Below Jetty's priority (0) when both are there. */
public final class JdkHttpTransportProvider implements HttpTransportProvider {

    public static final String NAME = "jdk";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return -10;
    }

    @Override
    public HttpTransport create(TransportSettings settings) {
        return JdkHttpTransport.start(settings);
    }
}
