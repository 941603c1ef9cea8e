// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a P2P merchant level allows.
 *
 * @param maxAdvSellNum most sell ads.
 * @param maxAdvSellLimit largest sell ad.
 * @param maxAdvBuyNum most buy ads.
 * @param maxAdvBuyLimit largest buy ad.
 * @param totalMaxPendingOrder most open orders in total.
 * @param advMaxPendingOrder most open orders per ad.
 */
public record UtaP2pUserEquity(
        @Nullable Integer maxAdvSellNum,
        @Nullable BigDecimal maxAdvSellLimit,
        @Nullable Integer maxAdvBuyNum,
        @Nullable BigDecimal maxAdvBuyLimit,
        @Nullable Integer totalMaxPendingOrder,
        @Nullable Integer advMaxPendingOrder) {
}
