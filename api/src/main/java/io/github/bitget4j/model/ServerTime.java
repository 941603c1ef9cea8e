package io.github.bitget4j.model;

/**
 * Bitget's clock, as answered by the server-time endpoint of V2 and V3.
 *
 * @param serverTime Unix milliseconds
 */
public record ServerTime(Long serverTime) {
}
