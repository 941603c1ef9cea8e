// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

/**
 * Status of one flash repayment.
 *
 * @param repayId repay id ({@code repayId})
 * @param status e.g. finish, processing, failed.
 */
public record MarginFlashRepayStatus(
        String repayId,
        String status) {
}
