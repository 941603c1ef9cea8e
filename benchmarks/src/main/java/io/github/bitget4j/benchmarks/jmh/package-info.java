/** JMH micro-benchmarks: signing, request preparation, response decoding. */
@NullMarked
package io.github.bitget4j.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
