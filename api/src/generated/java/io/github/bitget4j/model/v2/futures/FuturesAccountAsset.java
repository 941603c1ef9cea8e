// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Futures account of one margin coin.
 *
 * @param marginCoin margin coin ({@code marginCoin})
 * @param locked locked ({@code locked})
 * @param available available ({@code available})
 * @param crossedMaxAvailable crossed max available ({@code crossedMaxAvailable})
 * @param isolatedMaxAvailable isolated max available ({@code isolatedMaxAvailable})
 * @param maxTransferOut max transfer out ({@code maxTransferOut})
 * @param accountEquity account equity ({@code accountEquity})
 * @param usdtEquity usdt equity ({@code usdtEquity})
 * @param btcEquity btc equity ({@code btcEquity})
 * @param crossedRiskRate crossed risk rate ({@code crossedRiskRate})
 * @param unrealizedPL unrealized pl ({@code unrealizedPL})
 * @param coupon coupon ({@code coupon})
 * @param unionTotalMagin union-mode total margin (Bitget's spelling).
 * @param unionTotalMargin same figure, correctly spelled name sent by newer servers.
 * @param unionAvailable union available ({@code unionAvailable})
 * @param unionMm union-mode maintenance margin.
 * @param assetList asset list ({@code assetList})
 * @param isolatedMargin isolated margin ({@code isolatedMargin})
 * @param crossedMargin crossed margin ({@code crossedMargin})
 * @param crossedUnrealizedPL crossed unrealized pl ({@code crossedUnrealizedPL})
 * @param isolatedUnrealizedPL isolated unrealized pl ({@code isolatedUnrealizedPL})
 * @param assetModeRaw the text Bitget sent for assetMode; read it as an enum with {@link #assetMode()}.
 */
public record FuturesAccountAsset(
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
        @Nullable BigDecimal unrealizedPL,
        @Nullable BigDecimal coupon,
        @Nullable BigDecimal unionTotalMagin,
        @Nullable BigDecimal unionTotalMargin,
        @Nullable BigDecimal unionAvailable,
        @Nullable BigDecimal unionMm,
        @Nullable List<FuturesAssetBalance> assetList,
        @Nullable BigDecimal isolatedMargin,
        @Nullable BigDecimal crossedMargin,
        @Nullable BigDecimal crossedUnrealizedPL,
        @Nullable BigDecimal isolatedUnrealizedPL,
        @SerializedName("assetMode") @Nullable String assetModeRaw) {

    /**
     * The assetMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #assetModeRaw()} has the text as sent)
     */
    public @Nullable FuturesAssetMode assetMode() {
        return assetModeRaw == null ? null : FuturesAssetMode.fromWire(assetModeRaw);
    }
}
