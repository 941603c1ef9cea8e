// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The funding account balance of one coin.
 *
 * @param coin e.g. USDT.
 * @param available free to use.
 * @param frozen held.
 * @param balance total.
 */
public record UtaFundingAsset(
        String coin,
        BigDecimal available,
        @Nullable BigDecimal frozen,
        BigDecimal balance) {
}
