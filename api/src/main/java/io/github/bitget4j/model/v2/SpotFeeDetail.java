package io.github.bitget4j.model.v2;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fees of a V2 spot order. Bitget sends this as JSON text inside a string
 * ({@code "feeDetail":"{\"newFees\":{...},\"BGB\":{...}}"}); a plain JSON object decodes the same way.
 * Besides {@code newFees}, the object has one entry per coin the fee was charged in, keyed by the coin.
 *
 * @param newFees  the fee totals
 * @param coinFees the per-coin entries, keyed by coin (e.g. {@code BGB}, {@code USDT}); empty when there are none
 */
public record SpotFeeDetail(@Nullable SpotNewFees newFees, Map<String, SpotCoinFee> coinFees) {
}
