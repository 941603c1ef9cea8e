// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin a BGUSD redemption can be paid in.
 *
 * @param bgusdReceiveCoin bgusd receive coin ({@code bgusdReceiveCoin})
 * @param bgusdExchangeRate bgusd exchange rate ({@code bgusdExchangeRate})
 */
public record EarnEliteReceiveCoin(
        String bgusdReceiveCoin,
        @Nullable BigDecimal bgusdExchangeRate) {
}
