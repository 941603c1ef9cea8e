// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * FuturesUnionConfig.
 *
 * @param imr debt initial margin rate.
 * @param mmr debt maintenance margin rate.
 * @param individualLimit personal debt limit.
 * @param individualLimitRatio individual limit ratio ({@code individualLimitRatio})
 */
public record FuturesUnionConfig(
        @Nullable BigDecimal imr,
        @Nullable BigDecimal mmr,
        @Nullable BigDecimal individualLimit,
        @Nullable BigDecimal individualLimitRatio) {
}
