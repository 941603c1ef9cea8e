package io.github.bitget4j;

import io.github.bitget4j.v3.RestApiV3;
import io.github.bitget4j.v3.ServerClockV3;


/**
 * REST client for Bitget's unified trading account (API V3).
 * <pre>{@code
 * try (var client = new RestClientV3(options)) {
 *     var balances = client.getBalances().data();
 * }
 * }</pre>
 * Thread-safe; blocking calls, cheap on virtual threads. See {@link BitgetRestClient} for ownership and errors.
 */
public final class RestClientV3 extends BitgetRestClient implements ServerClockV3, RestApiV3 {

    /**
     * A client for the unified account (API V3), with its own transport and signer (see {@link BitgetRestClient} for
     * ownership). Nothing is sent yet.
     *
     * @param options the settings; credentials are needed for private endpoints only
     * @throws io.github.bitget4j.errors.BitgetConfigurationException when the key cannot be parsed or no plugin fits
     */
    public RestClientV3(ClientOptions options) {
        super(options);
    }
}
