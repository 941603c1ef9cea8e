// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One trade of a stock.
 *
 * @param price price.
 * @param volume shares.
 * @param timestamp time, as Bitget sends it.
 * @param tradeType trade type, as Bitget names it.
 * @param direction aggressor side, as Bitget names it.
 * @param tradeSession the session it belongs to.
 */
public record UtaStockPlusTrade(
        BigDecimal price,
        BigDecimal volume,
        String timestamp,
        @Nullable String tradeType,
        @Nullable String direction,
        @Nullable String tradeSession) {
}
