package io.github.bitget4j.spi;

import org.jspecify.annotations.Nullable;

/**
 * No response could be had for a request. {@link #kind()} says why; {@link #mayHaveReachedServer()} says whether
 * any byte of the request may have left the process, which decides whether re-sending is safe.
 */
public class TransportException extends RuntimeException {

    /** Why the exchange failed. */
    public enum Kind {
        /** The connection could not be opened: refused, unknown host, TLS handshake failure. Nothing was sent. */
        CONNECT,
        /** A timeout passed: waiting for a connection (nothing sent) or for the response (maybe sent). */
        TIMEOUT,
        /** The connection broke during the exchange; the request may have reached the server. */
        IO,
        /** The calling thread was interrupted; its interrupt flag is set again. */
        INTERRUPTED,
        /** The transport was closed, or rejected the request before sending it (e.g. a full queue). */
        REJECTED
    }

    private final Kind kind;
    private final boolean mayHaveReachedServer;

    /**
     * A failure whose effect on the server the transport knows for sure.
     *
     * @param kind why the exchange failed
     * @param mayHaveReachedServer false only when it is certain that no byte of the request left the process
     *                             (it never got a connection, or it was refused before sending)
     * @param message what went wrong, for people
     * @param cause the underlying failure, or null
     */
    public TransportException(Kind kind, boolean mayHaveReachedServer, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /**
     * Whether the request may have reached the server follows from the kind: only CONNECT and REJECTED say no.
     *
     * @param kind why the exchange failed
     * @param message what went wrong, for people
     * @param cause the underlying failure, or null
     */
    public TransportException(Kind kind, String message, Throwable cause) {
        this(kind, mayHaveReachedByDefault(kind), message, cause);
    }

    /**
     * Whether the request may have reached the server follows from the kind: only CONNECT and REJECTED say no.
     *
     * @param kind why the exchange failed
     * @param message what went wrong, for people
     */
    public TransportException(Kind kind, String message) {
        this(kind, mayHaveReachedByDefault(kind), message, null);
    }

    private static boolean mayHaveReachedByDefault(Kind kind) {
        return kind != Kind.CONNECT && kind != Kind.REJECTED;
    }

    /** {@return why the exchange failed} */
    public Kind kind() {
        return kind;
    }

    /**
     * False only when nothing of the request left the process, so sending it again cannot act twice; true when
     * it may have been received (and, for an order, executed).
     *
     * @return whether the request may have reached the server
     */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
