// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.time.Instant;
import java.util.List;

/**
 * Platform-wide open interest.
 *
 * @param openInterestList open interest list ({@code openInterestList})
 * @param ts ts ({@code ts})
 */
public record FuturesOpenInterest(
        List<FuturesOpenInterestItem> openInterestList,
        Instant ts) {
}
