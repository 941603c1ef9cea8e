// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One candle of a kline push.
 *
 * @param start start ({@code start})
 * @param open open ({@code open})
 * @param high high ({@code high})
 * @param low low ({@code low})
 * @param close close ({@code close})
 * @param volume in the base coin.
 * @param turnover in the quote coin.
 */
public record WsKlineV3(
        Instant start,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        BigDecimal turnover) {
}
