package io.github.bitget4j.spi;

/**
 * Builds {@link WebSocketTransport}s. Separate from {@link HttpTransportProvider} so that a team can
 * bring its own HTTP stack without also having to bring a WebSocket one.
 */
public interface WebSocketTransportProvider extends BitgetProvider {

    /**
     * A new transport owned by the caller, who closes it.
     *
     * @param settings the transport settings (timeouts, proxy, trust store)
     * @return a transport configured by {@code settings}
     */
    WebSocketTransport create(TransportSettings settings);
}
