// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

/**
 * Id of an Elite subscription or redemption order.
 *
 * @param orderId order id ({@code orderId})
 */
public record EarnEliteOrderId(
        String orderId) {
}
