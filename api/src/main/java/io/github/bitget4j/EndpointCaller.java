package io.github.bitget4j;

import org.jspecify.annotations.Nullable;

/** Runs a declared {@link Endpoint}. Implemented by every REST client; blocks until the response is in. */
public interface EndpointCaller {

    /**
     * Sends one request and returns the decoded successful response.
     *
     * @param params a request record, a {@code Map<String, ?>} (for POST also a {@code List}), or null for none
     * @throws io.github.bitget4j.errors.BitgetException on any failure, before sending when the input is invalid
     */
    <T> ApiResponse<T> call(Endpoint<T> endpoint, @Nullable Object params);
}
