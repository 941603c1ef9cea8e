// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The equity, margin figures and coin balances of a unified trading account.
 *
 * @param accountEquity total equity in USD.
 * @param usdtEquity total equity in USDT.
 * @param btcEquity total equity in BTC.
 * @param unrealisedPnl unrealised profit and loss in USD.
 * @param usdtUnrealisedPnl unrealised profit and loss in USDT.
 * @param btcUnrealizedPnl unrealised profit and loss in BTC (Bitget spells this one with a z).
 * @param effEquity effective equity (after collateral haircuts) in USD.
 * @param mmr maintenance margin requirement.
 * @param imr initial margin requirement.
 * @param mgnRatio margin ratio.
 * @param positionMgnRatio position margin ratio.
 * @param assets the balance of each coin.
 */
public record AccountAssets(
        @Nullable BigDecimal accountEquity,
        @Nullable BigDecimal usdtEquity,
        @Nullable BigDecimal btcEquity,
        @Nullable BigDecimal unrealisedPnl,
        @Nullable BigDecimal usdtUnrealisedPnl,
        @Nullable BigDecimal btcUnrealizedPnl,
        @Nullable BigDecimal effEquity,
        @Nullable BigDecimal mmr,
        @Nullable BigDecimal imr,
        @Nullable BigDecimal mgnRatio,
        @Nullable BigDecimal positionMgnRatio,
        List<AccountAsset> assets) {
}
