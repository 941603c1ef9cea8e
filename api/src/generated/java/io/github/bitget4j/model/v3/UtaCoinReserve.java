// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * Bitget's reserve of one coin.
 *
 * @param coin e.g. BTC.
 * @param userAssets what users hold.
 * @param platformAssets what Bitget holds.
 * @param reserveRatio platform assets over user assets.
 */
public record UtaCoinReserve(
        String coin,
        BigDecimal userAssets,
        BigDecimal platformAssets,
        BigDecimal reserveRatio) {
}
