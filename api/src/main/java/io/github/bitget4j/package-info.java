/**
 * bitget4j: clients for Bitget's REST APIs ({@link io.github.bitget4j.RestClientV2} for the classic account,
 * {@link io.github.bitget4j.RestClientV3} for the unified trading account), built from one
 * {@link io.github.bitget4j.ClientOptions}.
 */
@NullMarked
package io.github.bitget4j;

import org.jspecify.annotations.NullMarked;
