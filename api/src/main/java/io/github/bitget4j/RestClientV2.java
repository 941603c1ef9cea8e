package io.github.bitget4j;

import io.github.bitget4j.v2.RestApiV2;
import io.github.bitget4j.v2.ServerClockV2;


/**
 * REST client for Bitget's classic account (API V2).
 * <pre>{@code
 * try (var client = new RestClientV2(options)) {
 *     var tickers = client.getSpotTicker(SpotTickerRequest.of("BTCUSDT")).data();
 * }
 * }</pre>
 * Thread-safe; blocking calls, cheap on virtual threads. See {@link BitgetRestClient} for ownership and errors.
 */
public final class RestClientV2 extends BitgetRestClient implements ServerClockV2, RestApiV2 {

    /**
     * A client for the classic account (API V2), with its own transport and signer (see {@link BitgetRestClient} for
     * ownership). Nothing is sent yet.
     *
     * @param options the settings; credentials are needed for private endpoints only
     * @throws io.github.bitget4j.errors.BitgetConfigurationException when the key cannot be parsed or no plugin fits
     */
    public RestClientV2(ClientOptions options) {
        super(options);
    }
}
