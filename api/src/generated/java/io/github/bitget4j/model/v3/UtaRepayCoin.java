// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin in a repayment: owed, or usable to pay.
 *
 * @param coin e.g. USDT.
 * @param size quantity of the coin.
 * @param amount its value in USD.
 */
public record UtaRepayCoin(
        String coin,
        BigDecimal size,
        @Nullable BigDecimal amount) {
}
