// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The risk unit ids of an institutional-loan account.
 *
 * @param riskUnitId risk unit ids.
 */
public record UtaInsLoanRiskUnits(
        List<String> riskUnitId) {
}
