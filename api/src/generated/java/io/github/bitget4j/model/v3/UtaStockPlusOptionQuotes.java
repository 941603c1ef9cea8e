// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Latest option quotes.
 *
 * @param secuQuote one element per option.
 */
public record UtaStockPlusOptionQuotes(
        List<UtaStockPlusOptionQuote> secuQuote) {
}
