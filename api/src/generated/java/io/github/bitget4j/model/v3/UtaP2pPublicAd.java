// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A public P2P ad.
 *
 * @param advId the ad id.
 * @param merchantId the merchant id.
 * @param merchantName the merchant's name.
 * @param token the coin.
 * @param fiat the fiat currency.
 * @param side buy or sell.
 * @param price unit price.
 * @param minAmount smallest order, in the fiat.
 * @param maxAmount largest order, in the fiat.
 * @param quantity coin quantity offered.
 * @param payMethods accepted payment methods.
 * @param completedOrderNum merchant's completed orders.
 * @param completedRate merchant's completion rate.
 * @param avgReleaseTime merchant's average release time, as Bitget reports it.
 * @param createdTime when it was created.
 */
public record UtaP2pPublicAd(
        String advId,
        @Nullable String merchantId,
        @Nullable String merchantName,
        String token,
        String fiat,
        String side,
        BigDecimal price,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal maxAmount,
        @Nullable BigDecimal quantity,
        @Nullable List<UtaP2pPayMethodName> payMethods,
        @Nullable Integer completedOrderNum,
        @Nullable BigDecimal completedRate,
        @Nullable BigDecimal avgReleaseTime,
        @Nullable Instant createdTime) {
}
