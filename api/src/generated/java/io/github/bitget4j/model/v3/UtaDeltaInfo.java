// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Delta-neutral state of a unified account.
 *
 * @param deltaEquityRatio the account's delta equity ratio.
 * @param deltaThreshold threshold of the delta equity ratio.
 * @param positionThreshold threshold of a coin's position ratio.
 * @param list the ratio of each coin.
 */
public record UtaDeltaInfo(
        @Nullable BigDecimal deltaEquityRatio,
        @Nullable BigDecimal deltaThreshold,
        @Nullable BigDecimal positionThreshold,
        @Nullable List<UtaDeltaCoin> list) {
}
