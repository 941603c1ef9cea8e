// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Position limits of one symbol, in the base coin.
 *
 * @param symbol symbol ({@code symbol})
 * @param singleUserLimit limit of one account.
 * @param masterSubLimit limit of a main account and its sub-accounts together.
 * @param marketMakerLimit limit of a market maker.
 */
public record UtaOpenInterestLimit(
        String symbol,
        @Nullable BigDecimal singleUserLimit,
        @Nullable BigDecimal masterSubLimit,
        @Nullable BigDecimal marketMakerLimit) {
}
