/**
 * Plugin contracts. Each contract is one small interface plus one provider interface; providers are
 * discovered with {@link java.util.ServiceLoader} and chosen deterministically: an explicit option,
 * then a system property or environment variable naming the provider, then the usable provider with
 * the highest {@link io.github.bitget4j.spi.BitgetProvider#priority() priority}.
 */
@NullMarked
package io.github.bitget4j.spi;

import org.jspecify.annotations.NullMarked;
