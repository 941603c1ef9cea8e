package io.github.bitget4j.spi;

/**
 * Builds {@link WebSocketTransport}s. Separate from {@link HttpTransportProvider} so that a team can
 * bring its own HTTP stack without also having to bring a WebSocket one.
 */
public interface WebSocketTransportProvider extends BitgetProvider {

    WebSocketTransport create(TransportSettings settings);
}
