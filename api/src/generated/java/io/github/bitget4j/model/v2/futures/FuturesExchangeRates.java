// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;

/**
 * Union-margin conversion tiers of a coin.
 *
 * @param coin coin ({@code coin})
 * @param exchangeRateList exchange rate list ({@code exchangeRateList})
 */
public record FuturesExchangeRates(
        String coin,
        List<FuturesExchangeRateTier> exchangeRateList) {
}
