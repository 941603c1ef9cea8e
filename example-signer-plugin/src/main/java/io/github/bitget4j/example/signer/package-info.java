/** A signer plugin that asks a remote signing service for each signature. */
@NullMarked
package io.github.bitget4j.example.signer;

import org.jspecify.annotations.NullMarked;
