/**
 * One unchecked exception tree. {@link io.github.bitget4j.errors.BitgetException} is the root;
 * {@link io.github.bitget4j.errors.BitgetClientException} covers what went wrong on this side (bad input,
 * missing credentials, no connection), {@link io.github.bitget4j.errors.BitgetServiceException} what Bitget
 * (or something in between) answered.
 *
 * <p>Every failure says what became of its request ({@link io.github.bitget4j.errors.BitgetException#requestFate()}):
 * {@code ANSWERED} (final), {@code NOT_SENT} (safe to send again) or {@code MAY_HAVE_REACHED_SERVER} (look it up
 * before sending again). The rules, with an example of placing an order safely: the README, section "Calls, errors and
 * threads" ({@code README.md#calls-errors-and-threads}).
 */
@NullMarked
package io.github.bitget4j.errors;

import org.jspecify.annotations.NullMarked;
