// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;

/**
 * One price level of a book push.
 * Bitget sends it as a positional JSON array, in the order of the components.
 *
 * @param price price ({@code price})
 * @param size size ({@code size})
 */
@FromJsonArray
public record WsBookLevel(
        BigDecimal price,
        BigDecimal size) {
}
