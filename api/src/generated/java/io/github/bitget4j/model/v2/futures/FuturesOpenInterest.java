// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.time.Instant;
import java.util.List;

/**
 * Platform-wide open interest.
 *
 * @param openInterestList openInterestList
 * @param ts ts
 */
public record FuturesOpenInterest(
        List<FuturesOpenInterestItem> openInterestList,
        Instant ts) {
}
