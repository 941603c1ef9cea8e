// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collateral coins of a loan product.
 *
 * @param productId product id ({@code productId})
 * @param coinInfo coin info ({@code coinInfo})
 */
public record SpotLoanMarginCoins(
        String productId,
        @Nullable List<SpotLoanCoinInfo> coinInfo) {
}
