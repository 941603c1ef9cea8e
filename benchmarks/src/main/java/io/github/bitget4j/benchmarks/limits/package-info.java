/** The rate limit harness: the client's limiter against a testkit that answers 429 beyond Bitget's limits. */
@NullMarked
package io.github.bitget4j.benchmarks.limits;

import org.jspecify.annotations.NullMarked;
