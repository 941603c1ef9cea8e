/**
 * Plugin contracts of bitget4j: signers, HTTP and WebSocket transports, exception parsers, rate limiters.
 * Implementations are found with {@link java.util.ServiceLoader}; this module depends on the JDK only.
 */
module io.github.bitget4j.spi {
    requires static transitive org.jspecify;
    exports io.github.bitget4j.spi;
}
