package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.TransportSettings;

/** The {@code "jetty"} HTTP transport: Jetty's HttpClient, blocking callers on virtual threads. */
public final class JettyHttpTransportProvider implements HttpTransportProvider {

    public static final String NAME = "jetty";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    /** A started transport; the caller closes it. */
    @Override
    public HttpTransport create(TransportSettings settings) {
        return JettyHttpTransport.start(settings);
    }
}
