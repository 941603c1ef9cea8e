/**
 * Request and response types shared by Bitget's classic (V2) and unified (V3) APIs: order sides, types and
 * time-in-force values, order book levels, the server time and the ids Bitget answers an order with.
 * Response records name their components exactly as Bitget's JSON fields; decimal values are
 * {@link java.math.BigDecimal}, Unix-millisecond times {@link java.lang.Long}.
 */
@NullMarked
package io.github.bitget4j.model;

import org.jspecify.annotations.NullMarked;
