// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * The whale net flow of one day.
 *
 * @param volume net volume of large orders.
 * @param date the day, as Bitget sends it.
 */
public record UtaSpotWhaleFlow(
        BigDecimal volume,
        String date) {
}
