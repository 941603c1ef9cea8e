// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param productType USDT-FUTURES or SUSDT-FUTURES only (required, sent as {@code productType})
 * @param assetMode asset mode, one of {@code single}, {@code union} (required, sent as {@code assetMode})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesSetAssetModeRequest(
        ProductType productType,
        FuturesAssetMode assetMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productType", "assetMode");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesSetAssetModeRequest {
        Require.known(productType, "productType");
        Require.known(assetMode, "assetMode");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productType USDT-FUTURES or SUSDT-FUTURES only (required, sent as {@code productType})
     * @param assetMode asset mode, one of {@code single}, {@code union} (required, sent as {@code assetMode})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesSetAssetModeRequest(ProductType productType, FuturesAssetMode assetMode) {
        this(productType, assetMode, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesSetAssetModeRequest withExtraParam(String name, Object value) {
        return new FuturesSetAssetModeRequest(productType, assetMode, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param productType USDT-FUTURES or SUSDT-FUTURES only (required, sent as {@code productType})
     * @param assetMode asset mode, one of {@code single}, {@code union} (required, sent as {@code assetMode})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static FuturesSetAssetModeRequest of(ProductType productType, FuturesAssetMode assetMode) {
        return new FuturesSetAssetModeRequest(productType, assetMode, Map.of());
    }
}
