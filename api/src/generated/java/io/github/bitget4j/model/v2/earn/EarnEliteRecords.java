// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of Elite records.
 *
 * @param recordList record list ({@code recordList})
 * @param endId pass as cursor for the next page.
 */
public record EarnEliteRecords(
        @Nullable List<EarnEliteRecord> recordList,
        @Nullable String endId) {
}
