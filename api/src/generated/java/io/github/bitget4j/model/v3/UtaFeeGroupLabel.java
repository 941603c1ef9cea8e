// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A label of a V3 fee group and its symbols.
 *
 * @param weight the label's weight.
 * @param label the label.
 * @param symbols symbols carrying the label.
 */
public record UtaFeeGroupLabel(
        @Nullable BigDecimal weight,
        String label,
        List<String> symbols) {
}
