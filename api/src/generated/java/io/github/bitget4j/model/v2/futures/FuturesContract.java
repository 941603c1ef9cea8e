// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trading rules of one contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param baseCoin base coin ({@code baseCoin})
 * @param quoteCoin quote coin ({@code quoteCoin})
 * @param buyLimitPriceRatio max buy price deviation.
 * @param sellLimitPriceRatio sell limit price ratio ({@code sellLimitPriceRatio})
 * @param feeRateUpRatio fee rate up ratio ({@code feeRateUpRatio})
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 * @param openCostUpRatio open cost up ratio ({@code openCostUpRatio})
 * @param supportMarginCoins support margin coins ({@code supportMarginCoins})
 * @param minTradeNum minimum order size, base coin.
 * @param priceEndStep price tick, in units of the last price decimal.
 * @param volumePlace size decimals.
 * @param pricePlace price decimals.
 * @param sizeMultiplier size must be a multiple of this.
 * @param symbolTypeRaw the text Bitget sent for symbolType; read it as an enum with {@link #symbolType()}.
 * @param minTradeUSDT minimum order value in USDT.
 * @param maxSymbolOrderNum max open orders on this symbol.
 * @param maxProductOrderNum max open orders on the product type.
 * @param maxPositionNum max position num ({@code maxPositionNum})
 * @param symbolStatusRaw the text Bitget sent for symbolStatus; read it as an enum with {@link #symbolStatus()}.
 * @param offTime delisting time, Unix ms; -1 when none.
 * @param limitOpenTime time opening becomes restricted, Unix ms; -1 when none.
 * @param deliveryTime delivery contracts only.
 * @param deliveryStartTime delivery start time ({@code deliveryStartTime})
 * @param launchTime launch time ({@code launchTime})
 * @param fundInterval funding interval in hours.
 * @param minLever min lever ({@code minLever})
 * @param maxLever max lever ({@code maxLever})
 * @param posLimit position limit ratio.
 * @param maintainTime maintenance time, when scheduled.
 * @param isRwa YES for real-world-asset contracts.
 */
public record FuturesContract(
        String symbol,
        String baseCoin,
        String quoteCoin,
        @Nullable BigDecimal buyLimitPriceRatio,
        @Nullable BigDecimal sellLimitPriceRatio,
        @Nullable BigDecimal feeRateUpRatio,
        @Nullable BigDecimal makerFeeRate,
        @Nullable BigDecimal takerFeeRate,
        @Nullable BigDecimal openCostUpRatio,
        @Nullable List<String> supportMarginCoins,
        BigDecimal minTradeNum,
        @Nullable BigDecimal priceEndStep,
        Integer volumePlace,
        Integer pricePlace,
        BigDecimal sizeMultiplier,
        @SerializedName("symbolType") String symbolTypeRaw,
        @Nullable BigDecimal minTradeUSDT,
        @Nullable Integer maxSymbolOrderNum,
        @Nullable Integer maxProductOrderNum,
        @Nullable Integer maxPositionNum,
        @SerializedName("symbolStatus") String symbolStatusRaw,
        @Nullable Long offTime,
        @Nullable Long limitOpenTime,
        @Nullable Instant deliveryTime,
        @Nullable Instant deliveryStartTime,
        @Nullable Instant launchTime,
        @Nullable Integer fundInterval,
        @Nullable Integer minLever,
        @Nullable Integer maxLever,
        @Nullable BigDecimal posLimit,
        @Nullable Instant maintainTime,
        @Nullable String isRwa) {

    /**
     * The symbolType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #symbolTypeRaw()} has the text as sent)
     */
    public FuturesSymbolType symbolType() {
        return FuturesSymbolType.fromWire(symbolTypeRaw);
    }

    /**
     * The symbolStatus.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #symbolStatusRaw()} has the text as sent)
     */
    public FuturesSymbolStatus symbolStatus() {
        return FuturesSymbolStatus.fromWire(symbolStatusRaw);
    }
}
