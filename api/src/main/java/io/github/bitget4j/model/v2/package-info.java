/**
 * Requests and responses of Bitget's classic-account (V2) spot API. Response components carry Bitget's JSON
 * field names; a number Bitget sends as {@code ""} decodes as null, and the components where Bitget is known
 * to do so (or to leave the field out) are {@code @Nullable}. Free-form status and type fields stay strings so
 * that a value Bitget adds tomorrow still decodes. Request records check their required parameters when built
 * and throw {@link io.github.bitget4j.errors.BitgetValidationException} naming the parameter.
 */
@NullMarked
package io.github.bitget4j.model.v2;

import org.jspecify.annotations.NullMarked;
