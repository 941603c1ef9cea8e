// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One candle: Bitget sends it as a positional array.
 * Bitget sends it as a positional JSON array, in the order of the components.
 *
 * @param ts start of the candle.
 * @param open open ({@code open})
 * @param high high ({@code high})
 * @param low low ({@code low})
 * @param close close ({@code close})
 * @param baseVolume base volume ({@code baseVolume})
 * @param quoteVolume quote volume ({@code quoteVolume})
 * @param usdtVolume usdt volume ({@code usdtVolume})
 */
@FromJsonArray
public record WsCandleV2(
        Instant ts,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal baseVolume,
        BigDecimal quoteVolume,
        @Nullable BigDecimal usdtVolume) {
}
