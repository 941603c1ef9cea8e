/** Implementation of the testkit server: HTTP handling, signature checks, the in-memory spot market. */
@NullMarked
package io.github.bitget4j.testkit.internal;

import org.jspecify.annotations.NullMarked;
