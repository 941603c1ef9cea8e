// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of savings records.
 *
 * @param resultList result list ({@code resultList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record EarnSavingsRecords(
        @Nullable List<EarnSavingsRecord> resultList,
        @Nullable String endId) {
}
