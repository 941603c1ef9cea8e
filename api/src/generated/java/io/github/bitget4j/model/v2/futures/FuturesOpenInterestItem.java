// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;

/**
 * Open interest of one contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param size base coin.
 */
public record FuturesOpenInterestItem(
        String symbol,
        BigDecimal size) {
}
