/**
 * Requests and responses of Bitget's V2 futures API ({@code /api/v2/mix}): USDT-M, COIN-M and USDC-M contracts.
 * Generated from {@code codegen/model/v2/futures-*.model}. Enum fields of responses keep the text Bitget sent
 * ({@code ...Raw()}) and read as {@code UNKNOWN} when this SDK version does not know a value yet.
 */
@NullMarked
package io.github.bitget4j.model.v2.futures;

import org.jspecify.annotations.NullMarked;
