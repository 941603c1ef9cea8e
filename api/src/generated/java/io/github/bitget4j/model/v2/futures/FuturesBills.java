// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of futures account bills.
 *
 * @param bills bills ({@code bills})
 * @param endId end id ({@code endId})
 */
public record FuturesBills(
        @Nullable List<FuturesBill> bills,
        @Nullable String endId) {
}
