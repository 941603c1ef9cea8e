// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Futures account of one margin coin.
 *
 * @param marginCoin marginCoin
 * @param locked locked
 * @param available available
 * @param crossedMaxAvailable crossedMaxAvailable
 * @param isolatedMaxAvailable isolatedMaxAvailable
 * @param maxTransferOut maxTransferOut
 * @param accountEquity accountEquity
 * @param usdtEquity usdtEquity
 * @param btcEquity btcEquity
 * @param crossedRiskRate crossedRiskRate
 * @param unrealizedPL unrealizedPL
 * @param coupon coupon
 * @param unionTotalMagin union-mode total margin (Bitget's spelling).
 * @param unionTotalMargin same figure, correctly spelled name sent by newer servers.
 * @param unionAvailable unionAvailable
 * @param unionMm union-mode maintenance margin.
 * @param assetList assetList
 * @param isolatedMargin isolatedMargin
 * @param crossedMargin crossedMargin
 * @param crossedUnrealizedPL crossedUnrealizedPL
 * @param isolatedUnrealizedPL isolatedUnrealizedPL
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
     * The assetMode. {@code UNKNOWN} when this SDK version does not know the value; {@link #assetModeRaw()} has the text as sent.
     */
    public @Nullable FuturesAssetMode assetMode() {
        return assetModeRaw == null ? null : FuturesAssetMode.fromWire(assetModeRaw);
    }
}
