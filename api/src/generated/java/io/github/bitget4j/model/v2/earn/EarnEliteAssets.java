// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Elite holdings.
 *
 * @param resultList result list ({@code resultList})
 */
public record EarnEliteAssets(
        @Nullable List<EarnEliteAsset> resultList) {
}
