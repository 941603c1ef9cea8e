// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Taker buy and sell volume over one period.
 *
 * @param buyVolume buy volume ({@code buyVolume})
 * @param sellVolume sell volume ({@code sellVolume})
 * @param ts ts ({@code ts})
 */
public record FuturesTakerVolume(
        BigDecimal buyVolume,
        BigDecimal sellVolume,
        Instant ts) {
}
