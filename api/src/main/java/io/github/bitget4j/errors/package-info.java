/**
 * One unchecked exception tree. {@link io.github.bitget4j.errors.BitgetException} is the root;
 * {@link io.github.bitget4j.errors.BitgetClientException} covers what went wrong on this side (bad input,
 * missing credentials, no connection), {@link io.github.bitget4j.errors.BitgetServiceException} what Bitget
 * (or something in between) answered.
 */
@NullMarked
package io.github.bitget4j.errors;

import org.jspecify.annotations.NullMarked;
