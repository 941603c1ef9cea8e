// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The option chain of one expiry.
 *
 * @param strikePriceInfo one element per strike.
 */
public record UtaStockPlusOptionChain(
        List<UtaStockPlusStrike> strikePriceInfo) {
}
