// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The stocks held, grouped by account channel.
 *
 * @param channels one element per account channel.
 */
public record UtaStockPlusPositions(
        List<UtaStockPlusPositionChannel> channels) {
}
