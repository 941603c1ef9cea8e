// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Latest stock quotes.
 *
 * @param list one element per symbol.
 */
public record UtaStockPlusQuotes(
        List<UtaStockPlusQuote> list) {
}
