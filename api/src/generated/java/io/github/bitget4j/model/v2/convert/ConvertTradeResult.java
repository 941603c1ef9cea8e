// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The conversion made.
 *
 * @param toCoin to coin ({@code toCoin})
 * @param toCoinSize amount received.
 * @param cnvtPrice cnvt price ({@code cnvtPrice})
 * @param ts ts ({@code ts})
 */
public record ConvertTradeResult(
        String toCoin,
        BigDecimal toCoinSize,
        BigDecimal cnvtPrice,
        Instant ts) {
}
