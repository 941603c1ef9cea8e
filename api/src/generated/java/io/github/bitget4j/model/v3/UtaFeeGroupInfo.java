// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * One V3 fee group, its symbol labels and fee tiers.
 *
 * @param category SPOT or FUTURES.
 * @param group e.g. GROUP_A.
 * @param labelList label list ({@code labelList})
 * @param tierList tier list ({@code tierList})
 */
public record UtaFeeGroupInfo(
        String category,
        String group,
        List<UtaFeeGroupLabel> labelList,
        List<UtaFeeGroupTier> tierList) {
}
