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

    /** Copies the headers, keeping their order, into an immutable map. */
    public HttpRequest {
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    /**
     * Checks that every header can go on the wire exactly as given: a token name, and a value without control
     * characters or characters above U+00FF (which HTTP clients would quietly replace, changing what was signed).
     * Transports call it before sending anything. The value is never quoted: it may be a signature or passphrase.
     *
     * @throws TransportException REJECTED (nothing sent) naming the header
     */
    public void requireSendableHeaders() {
        headers.forEach((name, value) -> {
            boolean token = !name.isEmpty();
            for (int i = 0; token && i < name.length(); i++) {
                char c = name.charAt(i);
                token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            }
            if (!token) {
                throw new TransportException(TransportException.Kind.REJECTED,
                        "header name is not an HTTP token: " + name.strip());
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c != '\t' && (c < 0x20 || c == 0x7F || c > 0xFF)) {
                    throw new TransportException(TransportException.Kind.REJECTED, "header " + name
                            + " holds a character that HTTP cannot carry unchanged (control or above U+00FF)");
                }
            }
        });
    }

    /** Never prints header values or the body: they may hold a signature or passphrase. */
    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + url + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
    }
}
