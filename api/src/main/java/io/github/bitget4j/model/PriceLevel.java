package io.github.bitget4j.model;

import java.math.BigDecimal;

/**
 * One level of an order book: Bitget sends it as the array {@code ["27000.5","0.0012"]}.
 *
 * @param price the level's price
 * @param size  the quantity offered at that price, in the base coin
 */
@FromJsonArray
public record PriceLevel(BigDecimal price, BigDecimal size) {
}
