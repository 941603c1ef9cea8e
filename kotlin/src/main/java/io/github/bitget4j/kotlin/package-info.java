/**
 * Kotlin coroutine helpers for bitget4j: {@code Dispatchers.VirtualThreads} and {@code client.await { ... }}.
 */
@NullMarked
package io.github.bitget4j.kotlin;

import org.jspecify.annotations.NullMarked;
