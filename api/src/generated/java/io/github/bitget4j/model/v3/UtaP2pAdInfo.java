// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A P2P ad in full.
 *
 * @param advId the ad id.
 * @param side buy or sell.
 * @param priceType fixed or floating.
 * @param token the coin.
 * @param fiat the fiat currency.
 * @param price unit price.
 * @param amount total coin quantity.
 * @param minAmount smallest order, in the fiat.
 * @param maxAmount largest order, in the fiat.
 * @param payDuration minutes the buyer has to pay.
 * @param soldAmount quantity already traded.
 * @param lastAmount quantity left.
 * @param premium premium rate of a floating ad.
 * @param turnover value traded.
 * @param remark remarks.
 * @param tradeTerm trading terms.
 * @param payMethodIds accepted payment methods.
 * @param tokenPrecision decimal places of the coin.
 * @param fiatPrecision decimal places of the fiat.
 * @param market public or private.
 * @param avgTime average completion time, as Bitget reports it.
 * @param createdTime when it was created.
 * @param updatedTime last change.
 */
public record UtaP2pAdInfo(
        String advId,
        String side,
        String priceType,
        String token,
        String fiat,
        @Nullable BigDecimal price,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal maxAmount,
        @Nullable Integer payDuration,
        @Nullable BigDecimal soldAmount,
        @Nullable BigDecimal lastAmount,
        @Nullable BigDecimal premium,
        @Nullable BigDecimal turnover,
        @Nullable String remark,
        @Nullable String tradeTerm,
        @Nullable List<UtaP2pAdPayMethod> payMethodIds,
        @Nullable Integer tokenPrecision,
        @Nullable Integer fiatPrecision,
        @Nullable String market,
        @Nullable BigDecimal avgTime,
        Instant createdTime,
        @Nullable Instant updatedTime) {
}
