/**
 * HMAC-SHA256 and RSA-SHA256 signer providers and their helpers. Not exported: reached through
 * {@link java.util.ServiceLoader} only.
 */
@NullMarked
package io.github.bitget4j.signers.internal;

import org.jspecify.annotations.NullMarked;
