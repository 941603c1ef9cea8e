// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The margin coins of an institutional-loan product.
 *
 * @param productId the product id.
 * @param coinInfo one element per margin coin.
 */
public record UtaInsLoanMarginCoins(
        String productId,
        List<UtaInsLoanMarginCoin> coinInfo) {
}
