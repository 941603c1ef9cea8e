/**
 * Requests and responses of Bitget's unified trading account (V3) API. Response components carry Bitget's
 * JSON field names; a number Bitget sends as {@code ""} decodes as null, and the components where Bitget is
 * known to do so (or to leave the field out, e.g. futures-only fields of a spot instrument) are
 * {@code @Nullable}. Free-form status and type fields stay strings so that a value Bitget adds tomorrow still
 * decodes. Request records check their required parameters when built and throw
 * {@link io.github.bitget4j.errors.BitgetValidationException} naming the parameter.
 */
@NullMarked
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.NullMarked;
