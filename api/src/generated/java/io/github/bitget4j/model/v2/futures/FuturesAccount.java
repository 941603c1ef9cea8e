// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Futures account of one margin coin, with its settings for one symbol.
 *
 * @param marginCoin margin coin ({@code marginCoin})
 * @param locked frozen by open orders.
 * @param available available ({@code available})
 * @param crossedMaxAvailable max usable to open in crossed mode.
 * @param isolatedMaxAvailable max usable to open in isolated mode.
 * @param maxTransferOut max transfer out ({@code maxTransferOut})
 * @param accountEquity equity in the margin coin, unrealised PnL included.
 * @param usdtEquity usdt equity ({@code usdtEquity})
 * @param btcEquity btc equity ({@code btcEquity})
 * @param crossedRiskRate crossed risk rate ({@code crossedRiskRate})
 * @param crossedMarginLeverage crossed margin leverage ({@code crossedMarginLeverage})
 * @param isolatedLongLever isolated long lever ({@code isolatedLongLever})
 * @param isolatedShortLever isolated short lever ({@code isolatedShortLever})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param coupon trading bonus.
 * @param crossedUnrealizedPL crossed unrealized pl ({@code crossedUnrealizedPL})
 * @param isolatedUnrealizedPL isolated unrealized pl ({@code isolatedUnrealizedPL})
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
     * The marginMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The posMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * The assetMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #assetModeRaw()} has the text as sent)
     */
    public @Nullable FuturesAssetMode assetMode() {
        return assetModeRaw == null ? null : FuturesAssetMode.fromWire(assetModeRaw);
    }
}
