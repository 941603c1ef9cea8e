package io.github.bitget4j.jetty.internal;

import javax.net.ssl.SSLHandshakeException;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;

/**
 * Fails a TLS handshake in which the server did not pick {@code h2} through ALPN. Without it, a client told to use
 * HTTP/2 only would write the HTTP/2 preface and request to an HTTP/1.1 server, which may have read it; failing the
 * handshake keeps every byte of the request in the process (reported as CONNECT, not sent).
 */
final class Http2OnlyHandshakeCheck implements SslHandshakeListener {

    @Override
    public void handshakeSucceeded(Event event) throws SSLHandshakeException {
        String protocol = event.getSSLEngine().getApplicationProtocol();
        if (!"h2".equals(protocol)) {
            throw new SSLHandshakeException("HTTP/2 is required but the server did not offer it through ALPN (it chose "
                    + (protocol == null || protocol.isEmpty() ? "no protocol" : protocol) + ")");
        }
    }
}
