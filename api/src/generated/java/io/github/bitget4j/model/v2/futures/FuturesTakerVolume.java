// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Taker buy and sell volume over one period.
 *
 * @param buyVolume buyVolume
 * @param sellVolume sellVolume
 * @param ts ts
 */
public record FuturesTakerVolume(
        BigDecimal buyVolume,
        BigDecimal sellVolume,
        Instant ts) {
}
