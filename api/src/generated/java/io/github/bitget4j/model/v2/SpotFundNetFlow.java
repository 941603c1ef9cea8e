// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Net fund flow of one period.
 *
 * @param netFlow buy value minus sell value.
 * @param ts ts ({@code ts})
 */
public record SpotFundNetFlow(
        BigDecimal netFlow,
        Instant ts) {
}
