/**
 * Plugin contracts. Each contract is one small interface plus one provider interface; providers are
 * discovered with {@link java.util.ServiceLoader} and chosen deterministically: an explicit option,
 * then a system property or environment variable naming the provider, then the usable provider with
 * the highest {@link io.github.bitget4j.spi.BitgetProvider#priority() priority}.
 *
 * <p>Who owns what: the client creates a plugin's transport, signer or limiter, and closes it in its own
 * {@code close()}. A transport must report whether a failed request may have reached the server
 * ({@link io.github.bitget4j.spi.TransportException#mayHaveReachedServer()}): the client's error rules
 * (the README, section "Calls, errors and threads" ({@code README.md#calls-errors-and-threads})) rest on it. Writing
 * plugins: the README, section "Plugins" ({@code README.md#plugins}),
 * the README, section "Custom transport plugins" ({@code README.md#custom-transport-plugins}) and
 * the README, section "Custom signer plugins" ({@code README.md#custom-signer-plugins}).
 */
@NullMarked
package io.github.bitget4j.spi;

import org.jspecify.annotations.NullMarked;
