// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * The fee a V3 order was charged in one coin.
 *
 * @param feeCoin the coin, e.g. USDT.
 * @param fee the amount.
 */
public record FeeDetail(
        String feeCoin,
        BigDecimal fee) {
}
