// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a bind or unbind.
 *
 * @param riskUnitId the risk unit.
 * @param uid the uid.
 * @param operate bind or unbind.
 */
public record UtaInsLoanBindResult(
        @Nullable String riskUnitId,
        String uid,
        String operate) {
}
