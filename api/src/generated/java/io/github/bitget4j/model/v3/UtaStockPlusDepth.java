// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The order book of a stock.
 *
 * @param asks offers to sell.
 * @param bids offers to buy.
 */
public record UtaStockPlusDepth(
        List<UtaStockPlusDepthLevel> asks,
        List<UtaStockPlusDepthLevel> bids) {
}
