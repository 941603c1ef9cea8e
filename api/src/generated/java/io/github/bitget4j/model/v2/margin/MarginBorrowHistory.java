// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of loans.
 *
 * @param resultList result list ({@code resultList})
 * @param maxId max id ({@code maxId})
 * @param minId pass as idLessThan for the next (older) page.
 */
public record MarginBorrowHistory(
        @Nullable List<MarginBorrowRecord> resultList,
        @Nullable String maxId,
        @Nullable String minId) {
}
