// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param productType required
 * @param marginCoin optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesPositionsRequest(
        ProductType productType,
        @Nullable String marginCoin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productType", "marginCoin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesPositionsRequest {
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesPositionsRequest(ProductType productType, @Nullable String marginCoin) {
        this(productType, marginCoin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesPositionsRequest withExtraParam(String name, Object value) {
        return new FuturesPositionsRequest(productType, marginCoin, Require.withExtra(extraParams, name, value));
    }

    /** Sets productType; the rest stay unset. */
    public static FuturesPositionsRequest of(ProductType productType) {
        return new FuturesPositionsRequest(productType, null, Map.of());
    }
}
