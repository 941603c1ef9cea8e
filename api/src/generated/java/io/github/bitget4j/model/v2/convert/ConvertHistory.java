// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of conversions.
 *
 * @param dataList data list ({@code dataList})
 * @param endId pass as idLessThan for the next page.
 */
public record ConvertHistory(
        @Nullable List<ConvertRecord> dataList,
        @Nullable String endId) {
}
