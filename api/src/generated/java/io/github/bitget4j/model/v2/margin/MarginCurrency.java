// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Margin settings of one symbol.
 *
 * @param symbol e.g. BTCUSDT.
 * @param baseCoin baseCoin
 * @param quoteCoin quoteCoin
 * @param maxCrossedLeverage maxCrossedLeverage
 * @param maxIsolatedLeverage maxIsolatedLeverage
 * @param warningRiskRatio risk ratio that triggers a warning.
 * @param liquidationRiskRatio risk ratio that triggers liquidation.
 * @param minTradeAmount minTradeAmount
 * @param maxTradeAmount maxTradeAmount
 * @param takerFeeRate takerFeeRate
 * @param makerFeeRate makerFeeRate
 * @param pricePrecision decimal places of a price.
 * @param quantityPrecision decimal places of a quantity.
 * @param minTradeUSDT minimum order value in USDT.
 * @param isBorrowable isBorrowable
 * @param userMinBorrow userMinBorrow
 * @param status status
 * @param isIsolatedBaseBorrowable isIsolatedBaseBorrowable
 * @param isIsolatedQuoteBorrowable isIsolatedQuoteBorrowable
 * @param isCrossBorrowable isCrossBorrowable
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
