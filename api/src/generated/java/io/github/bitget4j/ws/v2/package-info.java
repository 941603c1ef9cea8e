// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
/**
 * Requests and responses generated from {@code codegen/model/v2/ws.model}.
 * Response enums read a value this SDK version does not know as {@code UNKNOWN} and keep the text ({@code ...Raw()});
 * requests check their parameters when built and refuse {@code UNKNOWN}.
 */
@NullMarked
package io.github.bitget4j.ws.v2;

import org.jspecify.annotations.NullMarked;
