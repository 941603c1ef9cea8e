// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One coin of the unified account.
 *
 * @param coin coin
 * @param equity equity
 * @param usdValue usdValue
 * @param balance balance
 * @param available available
 * @param locked locked
 * @param debt debt
 * @param borrow borrow
 * @param frozen frozen
 * @param unrealisedPnL unrealisedPnL
 */
public record WsAccountCoinV3(
        String coin,
        BigDecimal equity,
        @Nullable BigDecimal usdValue,
        @Nullable BigDecimal balance,
        @Nullable BigDecimal available,
        @Nullable BigDecimal locked,
        @Nullable BigDecimal debt,
        @Nullable BigDecimal borrow,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal unrealisedPnL) {
}
