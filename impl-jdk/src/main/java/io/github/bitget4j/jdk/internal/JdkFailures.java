package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;

/** Turns what java.net.http reports for an exchange that had a connection slot into the SPI's kinds and fates. */
final class JdkFailures {

    private JdkFailures() {
    }

    /**
     * @param exchange what was attempted (method and URL without query); never a header or body
     * @param closed   whether the transport had been closed meanwhile
     */
    static TransportException toTransportException(String exchange, Throwable failure, boolean closed) {
        Throwable cause = unwrap(failure);
        if (isStreamRefused(cause)) {
            // an IO failure that reached nobody: safe to send again
            return new TransportException(Kind.IO, false, exchange + ": the server refused the HTTP/2 stream "
                    + (isRefusedByClient(cause) ? "(its limit of concurrent streams)" : "(REFUSED_STREAM)")
                    + "; not sent (" + summary(cause) + ")", cause);
        }
        if (isBeforeSending(cause)) {
            Kind kind = cause instanceof HttpConnectTimeoutException ? Kind.TIMEOUT : Kind.CONNECT;
            return new TransportException(kind, false, exchange + ": " + (kind == Kind.TIMEOUT ? "no connection in time"
                    : "could not connect") + "; not sent (" + summary(cause) + ")", cause);
        }
        // java.net.http does not say whether it began to write: once connected, the request may have left.
        String why = closed ? "the transport was closed while the request was out" : "the exchange failed";
        return new TransportException(Kind.IO, true, exchange + ": " + why + " (" + summary(cause) + ")", cause);
    }

    /**
     * java.net.http's own refusal to open a stream past the server's SETTINGS_MAX_CONCURRENT_STREAMS: thrown when it
     * reserves the stream, before any frame of it is written. The message is the only sign of it (JDK 21 to 25).
     */
    static boolean isRefusedByClient(Throwable failure) {
        return hasIoMessage(failure, "too many concurrent streams");
    }

    /**
     * A stream that was never processed: refused by java.net.http before sending (see {@link #isRefusedByClient}), or
     * reset by the server with REFUSED_STREAM, which RFC 9113 (8.7) guarantees was not processed; java.net.http retries
     * that once by itself, then fails with this message.
     */
    static boolean isStreamRefused(Throwable failure) {
        return isRefusedByClient(failure) || hasIoMessage(failure, "request not processed by peer");
    }

    private static boolean hasIoMessage(Throwable failure, String message) {
        return anyInChain(failure, t -> t instanceof java.io.IOException && message.equals(t.getMessage()));
    }

    /** Failures that end an exchange before the connection (TLS handshake included) is up: nothing was written. */
    private static boolean isBeforeSending(Throwable failure) {
        return anyInChain(failure, t -> t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                || t instanceof UnresolvedAddressException || t instanceof SSLHandshakeException);
    }

    /** java.net.http wraps causes to varying depths; bounded, since a cause chain may loop. */
    private static boolean anyInChain(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.length() > 120
                ? failure.getClass().getName() : failure.getClass().getName() + ": " + message;
    }
}
