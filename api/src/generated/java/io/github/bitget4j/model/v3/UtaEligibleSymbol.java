// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The trading rules of one whitelist-only margin symbol.
 *
 * @param symbol symbol ({@code symbol})
 * @param category e.g. MARGIN.
 * @param baseCoin base coin ({@code baseCoin})
 * @param quoteCoin quote coin ({@code quoteCoin})
 * @param symbolType e.g. crypto, metal, stock, commodity.
 * @param buyLimitPriceRatio buy limit price ratio ({@code buyLimitPriceRatio})
 * @param sellLimitPriceRatio sell limit price ratio ({@code sellLimitPriceRatio})
 * @param minOrderQty min order qty ({@code minOrderQty})
 * @param maxOrderQty max order qty ({@code maxOrderQty})
 * @param pricePrecision decimal places of a price.
 * @param quantityPrecision decimal places of a quantity.
 * @param quotePrecision decimal places of a quote amount.
 * @param minOrderAmount smallest order value in the quote coin.
 * @param maxSymbolOrderNum most open orders on this symbol.
 * @param maxProductOrderNum most open orders in this product line.
 * @param status e.g. online.
 * @param maintainTime maintenance time, Unix milliseconds.
 * @param areaSymbol regional symbol flag.
 * @param maxPositionNum largest position.
 * @param isReality yes for a real stock token.
 * @param launchTime listing time, Unix milliseconds.
 */
public record UtaEligibleSymbol(
        String symbol,
        String category,
        String baseCoin,
        String quoteCoin,
        @Nullable String symbolType,
        @Nullable BigDecimal buyLimitPriceRatio,
        @Nullable BigDecimal sellLimitPriceRatio,
        @Nullable BigDecimal minOrderQty,
        @Nullable BigDecimal maxOrderQty,
        @Nullable Integer pricePrecision,
        @Nullable Integer quantityPrecision,
        @Nullable Integer quotePrecision,
        @Nullable BigDecimal minOrderAmount,
        @Nullable Integer maxSymbolOrderNum,
        @Nullable Integer maxProductOrderNum,
        @Nullable String status,
        @Nullable Long maintainTime,
        @Nullable String areaSymbol,
        @Nullable BigDecimal maxPositionNum,
        @Nullable String isReality,
        @Nullable Long launchTime) {
}
