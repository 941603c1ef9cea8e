// Generated from codegen/model/v2/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One coin in the funding account.
 *
 * @param coin coin ({@code coin})
 * @param available available ({@code available})
 * @param frozen frozen ({@code frozen})
 * @param usdtValue value in USDT.
 */
public record ClassicAccountFundingAsset(
        String coin,
        BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal usdtValue) {
}
