// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Trading rules of one V2 spot symbol.
 *
 * @param symbol e.g. BTCUSDT.
 * @param baseCoin e.g. BTC.
 * @param quoteCoin e.g. USDT.
 * @param minTradeAmount smallest order quantity, base coin.
 * @param maxTradeAmount largest order quantity, base coin.
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param pricePrecision decimal places of a price.
 * @param quantityPrecision decimal places of a quantity.
 * @param quotePrecision decimal places of a quote amount.
 * @param minTradeUSDT smallest order value in USDT.
 * @param status online, offline, gray (test) or halt.
 * @param buyLimitPriceRatio how far above the market a buy price may be, as a ratio.
 * @param sellLimitPriceRatio how far below the market a sell price may be, as a ratio.
 * @param orderQuantity most open orders allowed on the symbol.
 * @param areaSymbol yes when the symbol is in a restricted zone.
 * @param maxLimitOrderValue largest limit order value.
 * @param maxMarketOrderValue largest market order value.
 */
public record SpotSymbol(
        String symbol,
        String baseCoin,
        String quoteCoin,
        @Nullable BigDecimal minTradeAmount,
        @Nullable BigDecimal maxTradeAmount,
        @Nullable BigDecimal takerFeeRate,
        @Nullable BigDecimal makerFeeRate,
        @Nullable Integer pricePrecision,
        @Nullable Integer quantityPrecision,
        @Nullable Integer quotePrecision,
        @Nullable BigDecimal minTradeUSDT,
        String status,
        @Nullable BigDecimal buyLimitPriceRatio,
        @Nullable BigDecimal sellLimitPriceRatio,
        @Nullable Integer orderQuantity,
        @Nullable String areaSymbol,
        @Nullable BigDecimal maxLimitOrderValue,
        @Nullable BigDecimal maxMarketOrderValue) {
}
