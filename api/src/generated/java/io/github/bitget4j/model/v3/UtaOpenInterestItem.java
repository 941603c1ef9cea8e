// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * The open interest of one V3 futures contract.
 *
 * @param symbol e.g. BTCUSDT.
 * @param openInterest open contracts in the base coin.
 */
public record UtaOpenInterestItem(
        String symbol,
        BigDecimal openInterest) {
}
