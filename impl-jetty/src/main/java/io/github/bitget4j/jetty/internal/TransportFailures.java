package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.http.HttpMethod;

/** Turns the failure Jetty reports for an exchange into the SPI's {@link TransportException} kinds. */
final class TransportFailures {

    private TransportFailures() {
    }

    /**
     * @param exchange what was attempted, e.g. {@code GET https://host/path}; never holds a header or body
     * @param closed   whether the transport had been closed, which explains any failure it caused
     * @param began    whether Jetty had begun to send the request: before that, not a byte of it has left
     */
    static TransportException toTransportException(String exchange, Throwable failure, boolean closed, boolean began) {
        Kind kind = closed ? (began ? Kind.IO : Kind.REJECTED) : kindOf(failure);
        // A connection that never opened (TLS handshake included: no request byte goes before it ends) sent nothing.
        boolean mayHaveReachedServer = began && kind != Kind.REJECTED && kind != Kind.CONNECT;
        String why = switch (kind) {
            case REJECTED -> closed ? "the transport is closed" : "the request was rejected before sending";
            case TIMEOUT -> "timed out";
            case CONNECT -> "could not connect";
            case IO -> closed ? "the transport was closed while the request was out" : "the connection failed";
            case INTERRUPTED -> "interrupted";
        };
        String fate = mayHaveReachedServer ? "" : "; not sent";
        return new TransportException(kind, mayHaveReachedServer,
                exchange + ": " + why + fate + " (" + summary(failure) + ")", failure);
    }

    /** Some Jetty messages dump whole connection states; those stay in the cause, out of the message. */
    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.length() > 120
                ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + message;
    }

    private static Kind kindOf(Throwable failure) {
        // Jetty wraps causes to varying depths, so the whole chain is searched, most specific kind first.
        if (anyInChain(failure, RejectedExecutionException.class::isInstance)) {
            return Kind.REJECTED; // the per-host queue was full: nothing was sent
        }
        // SocketTimeoutException is Jetty's connect timeout; TimeoutException its total and idle timeouts.
        if (anyInChain(failure, t -> t instanceof TimeoutException || t instanceof SocketTimeoutException)) {
            return Kind.TIMEOUT;
        }
        if (anyInChain(failure, TransportFailures::meansNotConnected)) {
            return Kind.CONNECT;
        }
        // Anything else, including a TLS failure other than a handshake refusal, may have let the request out.
        return Kind.IO;
    }

    private static boolean meansNotConnected(Throwable t) {
        return t instanceof ConnectException || t instanceof NoRouteToHostException
                || t instanceof UnknownHostException || t instanceof UnresolvedAddressException
                || t instanceof SSLHandshakeException || isRefusedTunnel(t);
    }

    /** An HTTP proxy answered our CONNECT with something other than 200: the server was never reached. */
    private static boolean isRefusedTunnel(Throwable t) {
        return t instanceof HttpResponseException e && e.getResponse() != null
                && HttpMethod.CONNECT.is(e.getResponse().getRequest().getMethod());
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) { // bounded: causes may loop
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
