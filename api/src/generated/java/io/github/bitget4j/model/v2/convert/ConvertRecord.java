// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One past conversion.
 *
 * @param id id ({@code id})
 * @param ts ts ({@code ts})
 * @param cnvtPrice cnvt price ({@code cnvtPrice})
 * @param fee fee ({@code fee})
 * @param fromCoinSize from coin size ({@code fromCoinSize})
 * @param fromCoin from coin ({@code fromCoin})
 * @param toCoinSize to coin size ({@code toCoinSize})
 * @param toCoin to coin ({@code toCoin})
 */
public record ConvertRecord(
        String id,
        Instant ts,
        BigDecimal cnvtPrice,
        @Nullable BigDecimal fee,
        BigDecimal fromCoinSize,
        String fromCoin,
        BigDecimal toCoinSize,
        String toCoin) {
}
