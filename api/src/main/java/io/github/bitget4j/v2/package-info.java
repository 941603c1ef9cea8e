/**
 * Classic-account (V2) endpoints, grouped by product area. {@link io.github.bitget4j.RestClientV2} implements
 * every interface here, so all methods are called on the client under the names Bitget's SDKs use.
 */
@NullMarked
package io.github.bitget4j.v2;

import org.jspecify.annotations.NullMarked;
