// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Taker buy and sell volume of one period.
 *
 * @param buyVolume buy volume ({@code buyVolume})
 * @param sellVolume sell volume ({@code sellVolume})
 * @param ts ts ({@code ts})
 */
public record UtaFuturesActiveBuySell(
        BigDecimal buyVolume,
        BigDecimal sellVolume,
        Instant ts) {
}
