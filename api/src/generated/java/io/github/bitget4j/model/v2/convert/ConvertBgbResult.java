// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sweep order per coin.
 *
 * @param orderList order list ({@code orderList})
 */
public record ConvertBgbResult(
        @Nullable List<ConvertBgbOrder> orderList) {
}
