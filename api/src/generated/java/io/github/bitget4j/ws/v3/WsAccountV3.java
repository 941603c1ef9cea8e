// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The unified account: equity, margin ratios and every coin.
 *
 * @param unrealisedPnL unrealisedPnL
 * @param totalEquity totalEquity
 * @param effEquity effEquity
 * @param mmr mmr
 * @param imr imr
 * @param mgnRatio mgnRatio
 * @param positionMgnRatio positionMgnRatio
 * @param coin coin
 * @param updatedTime updatedTime
 */
public record WsAccountV3(
        @Nullable BigDecimal unrealisedPnL,
        BigDecimal totalEquity,
        @Nullable BigDecimal effEquity,
        @Nullable BigDecimal mmr,
        @Nullable BigDecimal imr,
        @Nullable BigDecimal mgnRatio,
        @Nullable BigDecimal positionMgnRatio,
        List<WsAccountCoinV3> coin,
        Instant updatedTime) {
}
