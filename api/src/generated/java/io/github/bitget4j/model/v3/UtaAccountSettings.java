// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.StpMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Modes and leverage settings of a unified account.
 *
 * @param uid the account's user id.
 * @param accountMode unified, hybrid, upgrading or switching.
 * @param assetMode e.g. multi_assets.
 * @param accountLevelRaw the text Bitget sent for accountLevel; read it as an enum with {@link #accountLevel()}.
 * @param holdModeRaw the text Bitget sent for holdMode; read it as an enum with {@link #holdMode()}.
 * @param stpModeRaw the text Bitget sent for stpMode; read it as an enum with {@link #stpMode()}.
 * @param symbolConfigList leverage per futures symbol.
 * @param coinConfigList leverage per margin coin.
 */
public record UtaAccountSettings(
        @Nullable String uid,
        @Nullable String accountMode,
        @Nullable String assetMode,
        @SerializedName("accountLevel") @Nullable String accountLevelRaw,
        @SerializedName("holdMode") @Nullable String holdModeRaw,
        @SerializedName("stpMode") @Nullable String stpModeRaw,
        @Nullable List<UtaSymbolConfig> symbolConfigList,
        @Nullable List<UtaCoinConfig> coinConfigList) {

    /**
     * the trading mode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #accountLevelRaw()} has the text as sent)
     */
    public @Nullable UtaAccountLevel accountLevel() {
        return accountLevelRaw == null ? null : UtaAccountLevel.fromWire(accountLevelRaw);
    }

    /**
     * the futures position mode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #holdModeRaw()} has the text as sent)
     */
    public @Nullable UtaHoldMode holdMode() {
        return holdModeRaw == null ? null : UtaHoldMode.fromWire(holdModeRaw);
    }

    /**
     * the default self-trade prevention.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #stpModeRaw()} has the text as sent)
     */
    public @Nullable StpMode stpMode() {
        return stpModeRaw == null ? null : StpMode.fromWire(stpModeRaw);
    }
}
