package io.github.bitget4j.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that is decoded from a JSON array, components in positional order: Bitget sends
 * candles and order book levels as {@code ["1695806875837","27000.5",...]}. Elements beyond the last
 * component are ignored; components without an element are null, so they must not be primitives.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FromJsonArray {
}
