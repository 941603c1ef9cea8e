// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The account's loan risk units.
 *
 * @param riskUnitId risk unit id ({@code riskUnitId})
 */
public record SpotLoanRiskUnits(
        @Nullable List<String> riskUnitId) {
}
