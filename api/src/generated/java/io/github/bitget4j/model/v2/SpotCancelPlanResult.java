// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

/**
 * Outcome of a plan order cancel.
 *
 * @param result success or failure.
 */
public record SpotCancelPlanResult(
        String result) {
}
