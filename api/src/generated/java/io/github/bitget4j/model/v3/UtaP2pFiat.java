// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fiat currency of P2P trading and its rules.
 *
 * @param fiat e.g. EUR.
 * @param precision decimal places.
 * @param floatRateMin lowest floating price ratio.
 * @param floatRateMax highest floating price ratio.
 * @param fixedRateMin lowest fixed price.
 * @param fixedRateMax highest fixed price.
 * @param adMinLimit smallest ad amount.
 * @param adMaxLimit largest ad amount.
 * @param payMethods a payment method (Bitget documents one object).
 * @param withdrawalLimit withdrawal restriction (private ads).
 * @param payTimeLimit allowed payment time limits, in minutes.
 */
public record UtaP2pFiat(
        String fiat,
        @Nullable Integer precision,
        @Nullable BigDecimal floatRateMin,
        @Nullable BigDecimal floatRateMax,
        @Nullable BigDecimal fixedRateMin,
        @Nullable BigDecimal fixedRateMax,
        @Nullable BigDecimal adMinLimit,
        @Nullable BigDecimal adMaxLimit,
        @Nullable UtaP2pFiatPayMethod payMethods,
        @Nullable UtaP2pWithdrawalLimit withdrawalLimit,
        @Nullable List<Integer> payTimeLimit) {
}
