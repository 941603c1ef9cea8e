// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * One page of Stock+ cash movements.
 *
 * @param list the movements.
 */
public record UtaStockPlusCashFlows(
        List<UtaStockPlusCashFlow> list) {
}
