package io.github.bitget4j;

/** Whether an endpoint is signed. */
public enum Auth {
    /** Never signed. */
    PUBLIC,
    /** Always signed; calling it without complete credentials fails before sending. */
    PRIVATE,
    /** Market data Bitget serves without auth: signed when credentials are configured, never failing without. */
    OPTIONAL
}
