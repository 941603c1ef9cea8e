// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A lead trader's position in one symbol and side.
 *
 * @param symbol e.g. BTCUSDT.
 * @param holdSide long or short.
 * @param marginMode crossed or isolated.
 * @param holdSize position size.
 * @param avgPrice average entry price.
 * @param leverage leverage.
 * @param margin margin held.
 * @param liqPrice estimated liquidation price.
 * @param markPrice mark price.
 * @param positionValue position value.
 * @param unrealizedPnl unrealised profit and loss.
 * @param realizedPnl realised profit and loss.
 * @param roi return on margin.
 */
public record UtaCopyPositionSummary(
        String symbol,
        String holdSide,
        @Nullable String marginMode,
        BigDecimal holdSize,
        @Nullable BigDecimal avgPrice,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal margin,
        @Nullable BigDecimal liqPrice,
        @Nullable BigDecimal markPrice,
        @Nullable BigDecimal positionValue,
        @Nullable BigDecimal unrealizedPnl,
        @Nullable BigDecimal realizedPnl,
        @Nullable BigDecimal roi) {
}
