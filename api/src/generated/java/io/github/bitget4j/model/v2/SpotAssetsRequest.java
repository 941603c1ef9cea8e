// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot account assets query.
 *
 * @param coin one coin, e.g. USDT; unset for all (optional, sent as {@code coin})
 * @param assetType hold_only (coins with a balance, Bitget's default) or all (optional, sent as {@code assetType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotAssetsRequest(
        @Nullable String coin,
        @Nullable String assetType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "assetType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotAssetsRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin one coin, e.g. USDT; unset for all (optional, sent as {@code coin})
     * @param assetType hold_only (coins with a balance, Bitget's default) or all (optional, sent as {@code assetType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotAssetsRequest(@Nullable String coin, @Nullable String assetType) {
        this(coin, assetType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotAssetsRequest withExtraParam(String name, Object value) {
        return new SpotAssetsRequest(coin, assetType, Require.withExtra(extraParams, name, value));
    }

    /**
     * Every coin the account holds.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotAssetsRequest all() {
        return new SpotAssetsRequest(null, null, Map.of());
    }

    /**
     * One coin.
     *
     * @param coin one coin, e.g. USDT; unset for all (optional, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotAssetsRequest ofCoin(String coin) {
        return new SpotAssetsRequest(Require.text(coin, "coin"), null, Map.of());
    }
}
