// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * How many copy-trading positions a margin coin allows on a symbol.
 *
 * @param marginCoin e.g. USDT.
 * @param maxLongCount most long positions.
 * @param remainingLongCount long positions still available.
 * @param maxShortCount most short positions.
 * @param remainingShortCount short positions still available.
 */
public record UtaCopyMarginDetail(
        String marginCoin,
        @Nullable Integer maxLongCount,
        @Nullable Integer remainingLongCount,
        @Nullable Integer maxShortCount,
        @Nullable Integer remainingShortCount) {
}
