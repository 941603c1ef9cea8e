// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One coin of the unified account.
 *
 * @param coin coin ({@code coin})
 * @param equity equity ({@code equity})
 * @param usdValue usd value ({@code usdValue})
 * @param balance balance ({@code balance})
 * @param available available ({@code available})
 * @param locked locked ({@code locked})
 * @param debt debt ({@code debt})
 * @param borrow borrow ({@code borrow})
 * @param frozen frozen ({@code frozen})
 * @param unrealisedPnL unrealised pn l ({@code unrealisedPnL})
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
