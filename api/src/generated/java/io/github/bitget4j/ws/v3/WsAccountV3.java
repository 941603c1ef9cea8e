// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The unified account: equity, margin ratios and every coin.
 *
 * @param unrealisedPnL unrealised pn l ({@code unrealisedPnL})
 * @param totalEquity total equity ({@code totalEquity})
 * @param effEquity eff equity ({@code effEquity})
 * @param mmr mmr ({@code mmr})
 * @param imr imr ({@code imr})
 * @param mgnRatio mgn ratio ({@code mgnRatio})
 * @param positionMgnRatio position mgn ratio ({@code positionMgnRatio})
 * @param coin coin ({@code coin})
 * @param updatedTime updated time ({@code updatedTime})
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
