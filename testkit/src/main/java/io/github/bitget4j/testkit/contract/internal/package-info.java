/**
 * Servers, proxies and listeners that the transport contract suites drive: hand-written where the test must see
 * or shape the bytes on the wire, Jetty where a real peer is enough. Public for the suites only, not an API.
 */
@NullMarked
package io.github.bitget4j.testkit.contract.internal;

import org.jspecify.annotations.NullMarked;
