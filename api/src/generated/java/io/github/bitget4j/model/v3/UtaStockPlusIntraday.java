// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Intraday prices of a stock.
 *
 * @param list the points.
 */
public record UtaStockPlusIntraday(
        List<UtaStockPlusIntradayPoint> list) {
}
