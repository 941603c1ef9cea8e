/**
 * A local Bitget-compatible REST and WebSocket server for tests, examples and benchmarks. Start one with
 * {@link io.github.bitget4j.testkit.TestkitServer#start()}, create credentials with
 * {@link io.github.bitget4j.testkit.TestkitServer#createHmacKey()}, point a client at
 * {@link io.github.bitget4j.testkit.TestkitServer#baseUrl()} (WebSocket clients at
 * {@link io.github.bitget4j.testkit.TestkitServer#wsBaseUrl()}). The server checks signatures exactly as
 * Bitget does, records every request and can inject faults. See the README, section "The testkit server" ({@code
 * README.md#the-testkit-server}).
 */
@NullMarked
package io.github.bitget4j.testkit;

import org.jspecify.annotations.NullMarked;
