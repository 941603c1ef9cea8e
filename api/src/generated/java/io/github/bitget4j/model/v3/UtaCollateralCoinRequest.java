// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filter of the custom collateral coin list.
 *
 * @param collateralCoin optional; one coin; unset for all.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCollateralCoinRequest(
        @Nullable String collateralCoin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("collateralCoin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCollateralCoinRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCollateralCoinRequest(@Nullable String collateralCoin) {
        this(collateralCoin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCollateralCoinRequest withExtraParam(String name, Object value) {
        return new UtaCollateralCoinRequest(collateralCoin, Require.withExtra(extraParams, name, value));
    }
}
