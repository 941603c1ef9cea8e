// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One coin conversion.
 *
 * @param fromCoin from coin ({@code fromCoin})
 * @param fromCoinSize amount given.
 * @param toCoin to coin ({@code toCoin})
 * @param toCoinSize amount received.
 * @param price conversion price.
 * @param ts ts ({@code ts})
 */
public record UtaConvertRecord(
        String fromCoin,
        BigDecimal fromCoinSize,
        String toCoin,
        BigDecimal toCoinSize,
        @Nullable BigDecimal price,
        Instant ts) {
}
