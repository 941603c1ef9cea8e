/** The load harness: a Bitget-shaped server in its own JVM, driven by the SDK, bare Jetty and the Node reference SDK. */
@NullMarked
package io.github.bitget4j.benchmarks.load;

import org.jspecify.annotations.NullMarked;
