package io.github.bitget4j;

import org.jspecify.annotations.Nullable;

/** Runs a declared {@link Endpoint}. Implemented by every REST client; blocks until the response is in. */
public interface EndpointCaller {

    /**
     * Sends one request and returns the decoded successful response.
     *
     * @param <T> the payload type
     * @param endpoint the endpoint, e.g. a generated {@code ...Endpoints} constant
     * @param params a request record, a {@code Map<String, ?>} (for POST also a {@code List}), or null for none
     * @return the response, {@code data} decoded as the endpoint declares
     * @throws io.github.bitget4j.errors.BitgetException on any failure, before sending when the input is invalid;
     *         {@code requestFate()} tells whether the request may have reached Bitget
     */
    <T> ApiResponse<T> call(Endpoint<T> endpoint, @Nullable Object params);
}
