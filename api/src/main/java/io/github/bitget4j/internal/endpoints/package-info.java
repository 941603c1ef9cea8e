/**
 * Endpoint declarations, one small file per product area: verb, path, auth, data type and parameters,
 * executed by the one generic engine. Names and paths follow Bitget's API.
 */
@NullMarked
package io.github.bitget4j.internal.endpoints;

import org.jspecify.annotations.NullMarked;
