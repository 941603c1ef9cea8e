// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Next funding settlement of a contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param nextFundingTime next funding time ({@code nextFundingTime})
 * @param ratePeriod settlement interval in hours.
 */
public record FuturesFundingTime(
        String symbol,
        @Nullable Instant nextFundingTime,
        @Nullable Integer ratePeriod) {
}
