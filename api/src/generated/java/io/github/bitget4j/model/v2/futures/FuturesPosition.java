// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One open futures position.
 *
 * @param marginCoin margin coin ({@code marginCoin})
 * @param symbol e.g. BTCUSDT.
 * @param holdSideRaw the text Bitget sent for holdSide; read it as an enum with {@link #holdSide()}.
 * @param openDelegateSize size of open orders still to fill, base coin.
 * @param marginSize margin held, margin coin.
 * @param available closable size, base coin.
 * @param locked size reserved by close orders, base coin.
 * @param total available + locked.
 * @param leverage leverage ({@code leverage})
 * @param achievedProfits realised PnL.
 * @param openPriceAvg open price avg ({@code openPriceAvg})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param liquidationPrice may be empty or non-positive when there is no liquidation risk.
 * @param keepMarginRate maintenance margin rate.
 * @param markPrice mark price ({@code markPrice})
 * @param marginRatio margin ratio ({@code marginRatio})
 * @param breakEvenPrice break even price ({@code breakEvenPrice})
 * @param totalFee funding fees accumulated.
 * @param deductedFee trading fees charged.
 * @param grant bonus used.
 * @param assetModeRaw the text Bitget sent for assetMode; read it as an enum with {@link #assetMode()}.
 * @param autoMarginRaw the text Bitget sent for autoMargin; read it as an enum with {@link #autoMargin()}.
 * @param takeProfit whole-position take-profit trigger, if set.
 * @param stopLoss stop loss ({@code stopLoss})
 * @param takeProfitId take profit id ({@code takeProfitId})
 * @param stopLossId stop loss id ({@code stopLossId})
 * @param cashDividend USDT.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record FuturesPosition(
        String marginCoin,
        String symbol,
        @SerializedName("holdSide") String holdSideRaw,
        @Nullable BigDecimal openDelegateSize,
        BigDecimal marginSize,
        BigDecimal available,
        BigDecimal locked,
        BigDecimal total,
        BigDecimal leverage,
        @Nullable BigDecimal achievedProfits,
        BigDecimal openPriceAvg,
        @SerializedName("marginMode") String marginModeRaw,
        @SerializedName("posMode") String posModeRaw,
        BigDecimal unrealizedPL,
        @Nullable BigDecimal liquidationPrice,
        @Nullable BigDecimal keepMarginRate,
        @Nullable BigDecimal markPrice,
        @Nullable BigDecimal marginRatio,
        @Nullable BigDecimal breakEvenPrice,
        @Nullable BigDecimal totalFee,
        @Nullable BigDecimal deductedFee,
        @Nullable BigDecimal grant,
        @SerializedName("assetMode") @Nullable String assetModeRaw,
        @SerializedName("autoMargin") @Nullable String autoMarginRaw,
        @Nullable BigDecimal takeProfit,
        @Nullable BigDecimal stopLoss,
        @Nullable String takeProfitId,
        @Nullable String stopLossId,
        @Nullable BigDecimal cashDividend,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * The holdSide.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #holdSideRaw()} has the text as sent)
     */
    public FuturesHoldSide holdSide() {
        return FuturesHoldSide.fromWire(holdSideRaw);
    }

    /**
     * The marginMode.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public MarginMode marginMode() {
        return MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The posMode.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public FuturesPosMode posMode() {
        return FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * The assetMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #assetModeRaw()} has the text as sent)
     */
    public @Nullable FuturesAssetMode assetMode() {
        return assetModeRaw == null ? null : FuturesAssetMode.fromWire(assetModeRaw);
    }

    /**
     * The autoMargin.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #autoMarginRaw()} has the text as sent)
     */
    public @Nullable FuturesAutoMargin autoMargin() {
        return autoMarginRaw == null ? null : FuturesAutoMargin.fromWire(autoMarginRaw);
    }
}
