// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A quote, valid for 8 seconds.
 *
 * @param fromCoin from coin ({@code fromCoin})
 * @param fromCoinSize from coin size ({@code fromCoinSize})
 * @param toCoin to coin ({@code toCoin})
 * @param toCoinSize to coin size ({@code toCoinSize})
 * @param cnvtPrice price of fromCoin in toCoin.
 * @param fee fee ({@code fee})
 * @param traceId quote id to pass to convert.
 */
public record ConvertQuote(
        String fromCoin,
        BigDecimal fromCoinSize,
        String toCoin,
        BigDecimal toCoinSize,
        BigDecimal cnvtPrice,
        @Nullable BigDecimal fee,
        String traceId) {
}
