// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The tiered collateral discount of one coin in a unified account.
 *
 * @param coin e.g. BTC.
 * @param list list ({@code list})
 */
public record UtaDiscountRate(
        String coin,
        List<UtaDiscountRateTier> list) {
}
