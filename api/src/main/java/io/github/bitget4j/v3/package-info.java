/**
 * Unified-trading-account (V3) endpoints, grouped by product area. {@link io.github.bitget4j.RestClientV3}
 * implements every interface here, so all methods are called on the client under the names Bitget's SDKs use.
 */
@NullMarked
package io.github.bitget4j.v3;

import org.jspecify.annotations.NullMarked;
