// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The option expiries of a stock.
 *
 * @param expiryDate the expiry dates, as Bitget writes them.
 */
public record UtaStockPlusOptionExpiries(
        List<String> expiryDate) {
}
