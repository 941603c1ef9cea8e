// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Per-order outcome of a V3 cancel-all or close-all call.
 *
 * @param list one element per order; code and msg are set when that order failed.
 */
public record UtaOrderResults(
        List<BatchOrderResult> list) {
}
