// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new collateral setting.
 *
 * @param collateralType required
 * @param collateralCoins optional; custom only: the coins, comma-separated, e.g. BTC,ETH.
 * @param allowCashplus optional; whether Cash+ counts as collateral.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSetCollateralRequest(
        UtaCollateralType collateralType,
        @Nullable String collateralCoins,
        @Nullable UtaYesNo allowCashplus,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("collateralType", "collateralCoins", "allowCashplus");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSetCollateralRequest {
        Require.known(collateralType, "collateralType");
        Require.knownIfPresent(allowCashplus, "allowCashplus");
        Require.requiredWhen(collateralType == UtaCollateralType.CUSTOM, collateralCoins, "collateralCoins is required when collateralType is custom");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSetCollateralRequest(UtaCollateralType collateralType, @Nullable String collateralCoins, @Nullable UtaYesNo allowCashplus) {
        this(collateralType, collateralCoins, allowCashplus, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSetCollateralRequest withExtraParam(String name, Object value) {
        return new UtaSetCollateralRequest(collateralType, collateralCoins, allowCashplus, Require.withExtra(extraParams, name, value));
    }

    /** Sets collateralType; the rest stay unset. */
    public static UtaSetCollateralRequest of(UtaCollateralType collateralType) {
        return new UtaSetCollateralRequest(collateralType, null, null, Map.of());
    }
}
