/**
 * The Jetty 12 transport of bitget4j: blocking HTTP exchanges for (virtual) caller threads, with Jetty's
 * non-blocking client and virtual threads underneath, and WebSocket connections built the same way.
 * Found with {@link java.util.ServiceLoader} under the name {@code "jetty"}.
 * Nothing is exported: users select the transport by name through the client options, so this module is
 * a runtime-only dependency and its classes are free to change.
 */
module io.github.bitget4j.jetty {
    requires io.github.bitget4j.spi;
    requires static org.jspecify;
    // jetty-client reads jetty-http, jetty-io and jetty-util transitively; gzip decoding comes with it.
    requires org.eclipse.jetty.client;
    // HTTP/2 beside HTTP/1.1, negotiated with ALPN (the JDK's ALPN, found by Jetty through ServiceLoader)
    requires org.eclipse.jetty.http2.client.transport;
    requires org.eclipse.jetty.alpn.java.client;
    // Jetty's core WebSocket client (reads org.eclipse.jetty.websocket.core.common transitively).
    requires org.eclipse.jetty.websocket.core.client;

    provides io.github.bitget4j.spi.HttpTransportProvider with
            io.github.bitget4j.jetty.internal.JettyHttpTransportProvider;
    provides io.github.bitget4j.spi.WebSocketTransportProvider with
            io.github.bitget4j.jetty.internal.JettyWebSocketTransportProvider;
}
