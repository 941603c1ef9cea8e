/**
 * The one Gson configuration the SDK uses for request bodies, query parameters and responses.
 * Not exported: no Gson type appears in the public API.
 */
@NullMarked
package io.github.bitget4j.internal.json;

import org.jspecify.annotations.NullMarked;
