// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Stock+ account in one currency.
 *
 * @param currency e.g. USD.
 * @param totalCash total cash.
 * @param netAssets net assets.
 * @param buyPower buying power.
 * @param maxFinanceAmount most that can be financed.
 * @param remainingFinanceAmount financing still available.
 * @param riskLevel risk level, as Bitget reports it.
 * @param marginCall margin call amount.
 * @param initMargin initial margin.
 * @param maintenanceMargin maintenance margin.
 * @param cashInfos cash per currency.
 * @param frozenTransactionFees fees held for open orders, as Bitget sends them.
 */
public record UtaStockPlusAccount(
        String currency,
        BigDecimal totalCash,
        @Nullable BigDecimal netAssets,
        @Nullable BigDecimal buyPower,
        @Nullable BigDecimal maxFinanceAmount,
        @Nullable BigDecimal remainingFinanceAmount,
        @Nullable String riskLevel,
        @Nullable BigDecimal marginCall,
        @Nullable BigDecimal initMargin,
        @Nullable BigDecimal maintenanceMargin,
        @Nullable List<UtaStockPlusCash> cashInfos,
        @Nullable JsonElement frozenTransactionFees) {
}
