// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Futures account of one margin coin, with its settings for one symbol.
 *
 * @param marginCoin marginCoin
 * @param locked frozen by open orders.
 * @param available available
 * @param crossedMaxAvailable max usable to open in crossed mode.
 * @param isolatedMaxAvailable max usable to open in isolated mode.
 * @param maxTransferOut maxTransferOut
 * @param accountEquity equity in the margin coin, unrealised PnL included.
 * @param usdtEquity usdtEquity
 * @param btcEquity btcEquity
 * @param crossedRiskRate crossedRiskRate
 * @param crossedMarginLeverage crossedMarginLeverage
 * @param isolatedLongLever isolatedLongLever
 * @param isolatedShortLever isolatedShortLever
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param unrealizedPL unrealizedPL
 * @param coupon trading bonus.
 * @param crossedUnrealizedPL crossedUnrealizedPL
 * @param isolatedUnrealizedPL isolatedUnrealizedPL
 * @param assetModeRaw the text Bitget sent for assetMode; read it as an enum with {@link #assetMode()}.
 */
public record FuturesAccount(
        String marginCoin,
        BigDecimal locked,
        BigDecimal available,
        @Nullable BigDecimal crossedMaxAvailable,
        @Nullable BigDecimal isolatedMaxAvailable,
        @Nullable BigDecimal maxTransferOut,
        BigDecimal accountEquity,
        @Nullable BigDecimal usdtEquity,
        @Nullable BigDecimal btcEquity,
        @Nullable BigDecimal crossedRiskRate,
        @Nullable BigDecimal crossedMarginLeverage,
        @Nullable BigDecimal isolatedLongLever,
        @Nullable BigDecimal isolatedShortLever,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @Nullable BigDecimal unrealizedPL,
        @Nullable BigDecimal coupon,
        @Nullable BigDecimal crossedUnrealizedPL,
        @Nullable BigDecimal isolatedUnrealizedPL,
        @SerializedName("assetMode") @Nullable String assetModeRaw) {

    /**
     * The marginMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #marginModeRaw()} has the text as sent.
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The posMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #posModeRaw()} has the text as sent.
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * The assetMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #assetModeRaw()} has the text as sent.
     */
    public @Nullable FuturesAssetMode assetMode() {
        return assetModeRaw == null ? null : FuturesAssetMode.fromWire(assetModeRaw);
    }
}
