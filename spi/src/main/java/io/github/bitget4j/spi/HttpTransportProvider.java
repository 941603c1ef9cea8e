package io.github.bitget4j.spi;

/** Builds {@link HttpTransport}s; one transport per client. */
public interface HttpTransportProvider extends BitgetProvider {

    /**
     * A new transport owned by the caller, who closes it.
     *
     * @param settings the transport settings
     * @return a transport configured by {@code settings}
     */
    HttpTransport create(TransportSettings settings);
}
