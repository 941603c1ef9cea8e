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
 * @param collateralType collateral type, one of {@code mainstream}, {@code all}, {@code custom} (required, sent as {@code collateralType})
 * @param collateralCoins custom only: the coins, comma-separated, e.g. BTC,ETH (optional, sent as {@code collateralCoins})
 * @param allowCashplus whether Cash+ counts as collateral (optional, sent as {@code allowCashplus})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSetCollateralRequest(
        UtaCollateralType collateralType,
        @Nullable String collateralCoins,
        @Nullable UtaYesNo allowCashplus,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("collateralType", "collateralCoins", "allowCashplus");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSetCollateralRequest {
        Require.known(collateralType, "collateralType");
        Require.knownIfPresent(allowCashplus, "allowCashplus");
        Require.requiredWhen(collateralType == UtaCollateralType.CUSTOM, collateralCoins, "collateralCoins is required when collateralType is custom");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param collateralType collateral type, one of {@code mainstream}, {@code all}, {@code custom} (required, sent as {@code collateralType})
     * @param collateralCoins custom only: the coins, comma-separated, e.g. BTC,ETH (optional, sent as {@code collateralCoins})
     * @param allowCashplus whether Cash+ counts as collateral (optional, sent as {@code allowCashplus})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSetCollateralRequest(UtaCollateralType collateralType, @Nullable String collateralCoins, @Nullable UtaYesNo allowCashplus) {
        this(collateralType, collateralCoins, allowCashplus, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSetCollateralRequest withExtraParam(String name, Object value) {
        return new UtaSetCollateralRequest(collateralType, collateralCoins, allowCashplus, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets collateralType; the rest stay unset.
     *
     * @param collateralType collateral type, one of {@code mainstream}, {@code all}, {@code custom} (required, sent as {@code collateralType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaSetCollateralRequest of(UtaCollateralType collateralType) {
        return new UtaSetCollateralRequest(collateralType, null, null, Map.of());
    }
}
