// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import org.jspecify.annotations.Nullable;

/**
 * The collateral setting of a unified account.
 *
 * @param collateralTypeRaw the text Bitget sent for collateralType; read it as an enum with {@link #collateralType()}.
 * @param collateralCoins custom only: the coins, comma-separated.
 */
public record UtaCollateralConfig(
        @SerializedName("collateralType") String collateralTypeRaw,
        @Nullable String collateralCoins) {

    /**
     * mainstream, all or custom.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #collateralTypeRaw()} has the text as sent)
     */
    public UtaCollateralType collateralType() {
        return UtaCollateralType.fromWire(collateralTypeRaw);
    }
}
