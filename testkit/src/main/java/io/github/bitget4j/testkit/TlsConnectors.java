package io.github.bitget4j.testkit;

import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Builds TLS connectors on 127.0.0.1 for a Jetty {@link Server}, offering HTTP/2 through ALPN or only HTTP/1.1. */
public final class TlsConnectors {

    /** Streams one HTTP/2 connection may carry at once; Jetty's default of 128 would throttle load tests. */
    public static final int MAX_CONCURRENT_STREAMS = 1_024;

    private TlsConnectors() {
    }

    /**
     * A TLS connector on a free port, not yet added to the server.
     *
     * @param offerHttp2 true: ALPN offers {@code h2} and {@code http/1.1}; false: no ALPN, HTTP/1.1 only, as an
     *                   older server would behave
     * @param server the server the connector will serve
     * @param certificate the server's certificate and key
     * @return the connector; the caller adds it to the server
     */
    public static ServerConnector newConnector(Server server, SelfSignedCertificate certificate, boolean offerHttp2) {
        return newConnector(server, certificate, offerHttp2, MAX_CONCURRENT_STREAMS);
    }

    /**
     * As {@link #newConnector(Server, SelfSignedCertificate, boolean)}, announcing {@code maxConcurrentStreams} in
     * HTTP/2's SETTINGS_MAX_CONCURRENT_STREAMS (a stream beyond it is reset with REFUSED_STREAM).
     *
     * @param server the server the connector will serve
     * @param certificate the server's certificate and key
     * @param offerHttp2 true: ALPN offers {@code h2} and {@code http/1.1}; false: HTTP/1.1 only
     * @param maxConcurrentStreams the HTTP/2 streams one connection may have open at once
     * @return the connector; the caller adds it to the server
     */
    public static ServerConnector newConnector(Server server, SelfSignedCertificate certificate, boolean offerHttp2,
            int maxConcurrentStreams) {
        HttpConfiguration http = new HttpConfiguration();
        http.addCustomizer(new SecureRequestCustomizer(false)); // clients connect by IP address, without SNI
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(certificate.serverKeyStore());
        tls.setKeyStorePassword(certificate.keyStorePassword());
        HttpConnectionFactory http11 = new HttpConnectionFactory(http);
        ServerConnector connector;
        if (offerHttp2) {
            HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(http);
            h2.setMaxConcurrentStreams(maxConcurrentStreams);
            ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory(h2.getProtocol(), http11.getProtocol());
            alpn.setDefaultProtocol(http11.getProtocol());
            connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, http11);
        } else {
            connector = new ServerConnector(server, new SslConnectionFactory(tls, http11.getProtocol()), http11);
        }
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        return connector;
    }
}
