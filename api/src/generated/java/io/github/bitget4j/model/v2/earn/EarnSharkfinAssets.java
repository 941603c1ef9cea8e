// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of shark fin holdings.
 *
 * @param resultList result list ({@code resultList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record EarnSharkfinAssets(
        @Nullable List<EarnSharkfinAsset> resultList,
        @Nullable String endId) {
}
