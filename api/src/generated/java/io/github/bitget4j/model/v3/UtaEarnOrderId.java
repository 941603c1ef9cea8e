// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * The order id of an Elite subscription or redemption.
 *
 * @param orderId the order id.
 */
public record UtaEarnOrderId(
        String orderId) {
}
