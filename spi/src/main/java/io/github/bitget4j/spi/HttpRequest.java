package io.github.bitget4j.spi;

import java.util.Map;

/**
 * One HTTP exchange to send exactly as given: the transport must not re-encode {@code url} (the query
 * string in it is the one that was signed) nor touch {@code body}.
 *
 * @param method  upper-case HTTP method
 * @param url     absolute URL, already percent-encoded, sent verbatim
 * @param headers request headers in the order to send them
 * @param body    request body bytes, empty for none
 */
public record HttpRequest(String method, String url, Map<String, String> headers, byte[] body) {

    public HttpRequest {
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    /** Never prints header values or the body: they may hold a signature or passphrase. */
    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + url + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
    }
}
