// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The balance of one coin in a V2 spot account.
 *
 * @param coin e.g. USDT.
 * @param available free to trade or withdraw.
 * @param frozen held by open orders.
 * @param locked locked for other reasons (e.g. a fiat merchant or a pending withdrawal)
 * @param limitAvailable available only for restricted uses (e.g. spot copy trading)
 * @param uTime last change, Unix milliseconds.
 */
public record SpotAsset(
        String coin,
        BigDecimal available,
        BigDecimal frozen,
        BigDecimal locked,
        @Nullable BigDecimal limitAvailable,
        @Nullable Long uTime) {
}
