/**
 * The JDK transport of bitget4j: HTTP/1.1 and HTTP/2 exchanges and WebSocket connections on {@code java.net.http},
 * with no library beyond the JDK. Found with {@link java.util.ServiceLoader} under the name {@code "jdk"}; the Jetty
 * transport is preferred when both are present (this one has priority -10). Also the template for a team's own
 * transport: see the README. Nothing is exported.
 */
module io.github.bitget4j.jdk {
    requires io.github.bitget4j.spi;
    requires static org.jspecify;
    requires java.net.http;

    provides io.github.bitget4j.spi.HttpTransportProvider with io.github.bitget4j.jdk.internal.JdkHttpTransportProvider;
    provides io.github.bitget4j.spi.WebSocketTransportProvider with
            io.github.bitget4j.jdk.internal.JdkWebSocketTransportProvider;
}
