// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Margin settings of one symbol.
 *
 * @param symbol e.g. BTCUSDT.
 * @param baseCoin base coin ({@code baseCoin})
 * @param quoteCoin quote coin ({@code quoteCoin})
 * @param maxCrossedLeverage max crossed leverage ({@code maxCrossedLeverage})
 * @param maxIsolatedLeverage max isolated leverage ({@code maxIsolatedLeverage})
 * @param warningRiskRatio risk ratio that triggers a warning.
 * @param liquidationRiskRatio risk ratio that triggers liquidation.
 * @param minTradeAmount min trade amount ({@code minTradeAmount})
 * @param maxTradeAmount max trade amount ({@code maxTradeAmount})
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param pricePrecision decimal places of a price.
 * @param quantityPrecision decimal places of a quantity.
 * @param minTradeUSDT minimum order value in USDT.
 * @param isBorrowable is borrowable ({@code isBorrowable})
 * @param userMinBorrow user min borrow ({@code userMinBorrow})
 * @param status status ({@code status})
 * @param isIsolatedBaseBorrowable is isolated base borrowable ({@code isIsolatedBaseBorrowable})
 * @param isIsolatedQuoteBorrowable is isolated quote borrowable ({@code isIsolatedQuoteBorrowable})
 * @param isCrossBorrowable is cross borrowable ({@code isCrossBorrowable})
 */
public record MarginCurrency(
        String symbol,
        String baseCoin,
        String quoteCoin,
        @Nullable BigDecimal maxCrossedLeverage,
        @Nullable BigDecimal maxIsolatedLeverage,
        @Nullable BigDecimal warningRiskRatio,
        @Nullable BigDecimal liquidationRiskRatio,
        @Nullable BigDecimal minTradeAmount,
        @Nullable BigDecimal maxTradeAmount,
        @Nullable BigDecimal takerFeeRate,
        @Nullable BigDecimal makerFeeRate,
        @Nullable Integer pricePrecision,
        @Nullable Integer quantityPrecision,
        @Nullable BigDecimal minTradeUSDT,
        @Nullable Boolean isBorrowable,
        @Nullable BigDecimal userMinBorrow,
        @Nullable String status,
        @Nullable Boolean isIsolatedBaseBorrowable,
        @Nullable Boolean isIsolatedQuoteBorrowable,
        @Nullable Boolean isCrossBorrowable) {
}
