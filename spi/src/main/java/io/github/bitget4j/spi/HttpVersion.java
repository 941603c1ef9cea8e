package io.github.bitget4j.spi;

/** Which HTTP version a transport speaks to the server. */
public enum HttpVersion {
    /**
     * HTTP/2 when the server offers it during the TLS handshake (ALPN {@code h2}), HTTP/1.1 otherwise; plain
     * {@code http://} stays on HTTP/1.1.
     */
    AUTO,
    /** HTTP/1.1 only, even when the server offers HTTP/2. */
    HTTP_1_1,
    /**
     * HTTP/2 only: over TLS only {@code h2} is offered, so a server without it fails the handshake (nothing sent).
     * Over plain {@code http://} how HTTP/2 is reached is up to the transport (prior knowledge or an upgrade).
     */
    HTTP_2
}
