/**
 * Jetty-based transports. Not exported: reached only through the SPI providers. Jetty types stay in
 * here; what crosses the boundary is the SPI's own records and {@code TransportException}.
 */
@NullMarked
package io.github.bitget4j.jetty.internal;

import org.jspecify.annotations.NullMarked;
