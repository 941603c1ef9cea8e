package io.github.bitget4j.spi;

/** No response could be had for a request. {@link #kind()} says why, so callers can decide to retry. */
public class TransportException extends RuntimeException {

    /** Why the exchange failed. */
    public enum Kind {
        /** The connection could not be opened: refused, unknown host, TLS handshake failure. Nothing was sent. */
        CONNECT,
        /** A connect or request timeout passed; the request may have reached the server. */
        TIMEOUT,
        /** The connection broke during the exchange; the request may have reached the server. */
        IO,
        /** The calling thread was interrupted; its interrupt flag is set again. */
        INTERRUPTED,
        /** The transport was closed, or rejected the request before sending it (e.g. a full queue). */
        REJECTED
    }

    private final Kind kind;

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public TransportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
