// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

/**
 * The sweep order made for one coin.
 *
 * @param coin coin ({@code coin})
 * @param orderId order id ({@code orderId})
 */
public record ConvertBgbOrder(
        String coin,
        String orderId) {
}
