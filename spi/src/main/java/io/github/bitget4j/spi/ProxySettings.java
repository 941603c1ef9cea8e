package io.github.bitget4j.spi;

import org.jspecify.annotations.Nullable;

/**
 * A proxy between the client and Bitget.
 *
 * @param type     HTTP (CONNECT tunnelling for TLS) or SOCKS5
 * @param host     proxy host
 * @param port     proxy port
 * @param username user for proxy authentication, or null
 * @param password password for proxy authentication, or null; never printed
 */
public record ProxySettings(Type type, String host, int port, @Nullable String username, @Nullable String password) {

    /** The proxy protocol. */
    public enum Type {
        /** An HTTP proxy; TLS goes through a CONNECT tunnel. */
        HTTP,
        /** A SOCKS5 proxy. */
        SOCKS5
    }

    /**
     * Checks the port.
     *
     * @throws IllegalArgumentException for a port outside 1..65535
     */
    public ProxySettings {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("proxy port out of range: " + port);
        }
    }

    /**
     * An HTTP proxy without authentication.
     *
     * @param host proxy host
     * @param port proxy port, 1..65535
     * @return the settings
     * @throws IllegalArgumentException for a port out of range
     */
    public static ProxySettings http(String host, int port) {
        return new ProxySettings(Type.HTTP, host, port, null, null);
    }

    @Override
    public String toString() {
        return "ProxySettings[" + type + " " + host + ":" + port + (username == null ? "" : ", user=" + username)
                + (password == null ? "" : ", password=<redacted>") + "]";
    }
}
