// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The stocks held through one account channel.
 *
 * @param accountChannel the channel.
 * @param positions the holdings.
 */
public record UtaStockPlusPositionChannel(
        String accountChannel,
        List<UtaStockPlusPosition> positions) {
}
