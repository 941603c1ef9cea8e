// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The trading rules of one V3 symbol; the later components exist only for some categories.
 *
 * @param symbol e.g. BTCUSDT.
 * @param category e.g. SPOT, USDT-FUTURES.
 * @param baseCoin the traded coin, e.g. BTC.
 * @param quoteCoin the pricing coin, e.g. USDT.
 * @param buyLimitPriceRatio how far above the market a buy may be priced, as a ratio.
 * @param sellLimitPriceRatio how far below the market a sell may be priced, as a ratio.
 * @param feeRateUpRatio fee rate markup ratio.
 * @param minOrderQty smallest order quantity.
 * @param maxOrderQty largest limit order quantity.
 * @param maxMarketOrderQty largest market order quantity.
 * @param pricePrecision decimal places of a price.
 * @param quantityPrecision decimal places of a quantity.
 * @param quotePrecision decimal places of a quote amount.
 * @param minOrderAmount smallest order value in the quote coin.
 * @param maxSymbolOrderNum most open orders on this symbol.
 * @param maxProductOrderNum most open orders in this category.
 * @param status e.g. online, listed, limit_open, offline.
 * @param offTime delisting time, Unix milliseconds.
 * @param limitOpenTime time opening positions becomes limited, Unix milliseconds.
 * @param maintainTime maintenance time, Unix milliseconds.
 * @param areaSymbol regional symbol flag.
 * @param isRwa YES for a real-world-asset token.
 * @param isReality yes for a real stock token.
 * @param makerFeeRate maker fee rate.
 * @param takerFeeRate taker fee rate.
 * @param openCostUpRatio opening cost markup ratio.
 * @param priceMultiplier price step.
 * @param quantityMultiplier quantity step.
 * @param type perpetual or delivery.
 * @param symbolType e.g. crypto, metal, stock, commodity.
 * @param maxPositionNum largest position.
 * @param deliveryTime delivery time of a delivery contract, Unix milliseconds.
 * @param deliveryStartTime start of delivery, Unix milliseconds.
 * @param deliveryPeriod delivery period, e.g. this_quarter.
 * @param launchTime listing time, Unix milliseconds.
 * @param fundInterval funding interval in hours.
 * @param minLeverage smallest leverage.
 * @param maxLeverage largest leverage.
 * @param isIsolatedBaseBorrowable YES when the base coin can be borrowed in isolated margin.
 * @param isIsolatedQuotedBorrowable YES when the quote coin can be borrowed in isolated margin.
 * @param warningRiskRatio risk ratio that triggers a margin warning.
 * @param liquidationRiskRatio risk ratio that triggers liquidation.
 * @param maxCrossedLeverage largest cross-margin leverage.
 * @param maxIsolatedLeverage largest isolated-margin leverage.
 * @param userMinBorrow smallest amount a user may borrow.
 */
public record Instrument(
        String symbol,
        String category,
        String baseCoin,
        String quoteCoin,
        @Nullable BigDecimal buyLimitPriceRatio,
        @Nullable BigDecimal sellLimitPriceRatio,
        @Nullable BigDecimal feeRateUpRatio,
        @Nullable BigDecimal minOrderQty,
        @Nullable BigDecimal maxOrderQty,
        @Nullable BigDecimal maxMarketOrderQty,
        @Nullable Integer pricePrecision,
        @Nullable Integer quantityPrecision,
        @Nullable Integer quotePrecision,
        @Nullable BigDecimal minOrderAmount,
        @Nullable Integer maxSymbolOrderNum,
        @Nullable Integer maxProductOrderNum,
        String status,
        @Nullable Long offTime,
        @Nullable Long limitOpenTime,
        @Nullable Long maintainTime,
        @Nullable String areaSymbol,
        @Nullable String isRwa,
        @Nullable String isReality,
        @Nullable BigDecimal makerFeeRate,
        @Nullable BigDecimal takerFeeRate,
        @Nullable BigDecimal openCostUpRatio,
        @Nullable BigDecimal priceMultiplier,
        @Nullable BigDecimal quantityMultiplier,
        @Nullable String type,
        @Nullable String symbolType,
        @Nullable BigDecimal maxPositionNum,
        @Nullable Long deliveryTime,
        @Nullable Long deliveryStartTime,
        @Nullable String deliveryPeriod,
        @Nullable Long launchTime,
        @Nullable Integer fundInterval,
        @Nullable BigDecimal minLeverage,
        @Nullable BigDecimal maxLeverage,
        @Nullable String isIsolatedBaseBorrowable,
        @Nullable String isIsolatedQuotedBorrowable,
        @Nullable BigDecimal warningRiskRatio,
        @Nullable BigDecimal liquidationRiskRatio,
        @Nullable BigDecimal maxCrossedLeverage,
        @Nullable BigDecimal maxIsolatedLeverage,
        @Nullable BigDecimal userMinBorrow) {
}
