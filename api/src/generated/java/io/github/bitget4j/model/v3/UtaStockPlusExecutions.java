// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Today's Stock+ fills.
 *
 * @param trades the fills.
 */
public record UtaStockPlusExecutions(
        List<UtaStockPlusExecution> trades) {
}
