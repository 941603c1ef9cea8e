// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * A reference exchange rate.
 *
 * @param rate fiat per coin.
 */
public record UtaP2pExchangeRate(
        BigDecimal rate) {
}
