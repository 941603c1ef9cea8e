// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param coin e.g. BTC; unset for every coin (optional, sent as {@code coin})
 * @param filter Bitget's default: available_and_held (optional, sent as {@code filter})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnSavingsProductsRequest(
        @Nullable String coin,
        @Nullable EarnSavingsFilter filter,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "filter");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsProductsRequest {
        Require.knownIfPresent(filter, "filter");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. BTC; unset for every coin (optional, sent as {@code coin})
     * @param filter Bitget's default: available_and_held (optional, sent as {@code filter})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsProductsRequest(@Nullable String coin, @Nullable EarnSavingsFilter filter) {
        this(coin, filter, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnSavingsProductsRequest withExtraParam(String name, Object value) {
        return new EarnSavingsProductsRequest(coin, filter, Require.withExtra(extraParams, name, value));
    }
}
