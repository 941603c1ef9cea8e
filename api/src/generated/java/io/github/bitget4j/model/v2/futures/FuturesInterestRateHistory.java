// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;

/**
 * Union-margin interest rate history of a coin.
 *
 * @param coin coin ({@code coin})
 * @param historyInterestRateList history interest rate list ({@code historyInterestRateList})
 */
public record FuturesInterestRateHistory(
        String coin,
        List<FuturesInterestRatePoint> historyInterestRateList) {
}
