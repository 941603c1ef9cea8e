// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of your P2P ads in a list.
 *
 * @param advId the ad id.
 * @param side buy or sell.
 * @param priceType fixed or floating.
 * @param token the coin.
 * @param fiat the fiat currency.
 * @param price unit price.
 * @param soldAmount quantity already traded.
 * @param lastAmount quantity left.
 * @param payMethods accepted payment methods.
 * @param status publish, delist or remove.
 * @param createdTime when it was created.
 * @param updatedTime last change.
 */
public record UtaP2pMyAd(
        String advId,
        String side,
        @Nullable String priceType,
        String token,
        String fiat,
        @Nullable BigDecimal price,
        @Nullable BigDecimal soldAmount,
        @Nullable BigDecimal lastAmount,
        @Nullable List<UtaP2pPayMethodId> payMethods,
        String status,
        Instant createdTime,
        @Nullable Instant updatedTime) {
}
