/** Shared fixtures and the entry point of the bitget4j benchmarks. */
@NullMarked
package io.github.bitget4j.benchmarks;

import org.jspecify.annotations.NullMarked;
