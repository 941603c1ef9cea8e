// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
/**
 * The V3 WebSocket channels generated from {@code codegen/model/v3/ws.model}: the typed topic
 * factories and the record each channel's pushes decode into. Enum fields read a value this SDK version does not
 * know as {@code UNKNOWN} and keep the text ({@code ...Raw()}).
 */
@NullMarked
package io.github.bitget4j.ws.v3;

import org.jspecify.annotations.NullMarked;
