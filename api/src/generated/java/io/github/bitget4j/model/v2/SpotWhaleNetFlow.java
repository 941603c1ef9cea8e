// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;

/**
 * Whale net flow of one day.
 *
 * @param volume net volume.
 * @param date the day, as Bitget sends it.
 */
public record SpotWhaleNetFlow(
        BigDecimal volume,
        String date) {
}
