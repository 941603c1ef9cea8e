// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One public V2 spot trade.
 *
 * @param symbol e.g. BTCUSDT.
 * @param tradeId trade id ({@code tradeId})
 * @param side the taker's side: buy or sell.
 * @param price price ({@code price})
 * @param size quantity, base coin.
 * @param ts when it traded.
 */
public record SpotTrade(
        String symbol,
        String tradeId,
        String side,
        BigDecimal price,
        BigDecimal size,
        Instant ts) {
}
