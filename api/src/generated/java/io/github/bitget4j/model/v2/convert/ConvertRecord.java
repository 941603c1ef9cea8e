// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One past conversion.
 *
 * @param id id
 * @param ts ts
 * @param cnvtPrice cnvtPrice
 * @param fee fee
 * @param fromCoinSize fromCoinSize
 * @param fromCoin fromCoin
 * @param toCoinSize toCoinSize
 * @param toCoin toCoin
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
