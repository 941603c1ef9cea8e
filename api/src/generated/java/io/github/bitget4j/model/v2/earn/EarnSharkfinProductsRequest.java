// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param limit default 20 (optional, greater than 0, at most 100, sent as {@code limit})
 * @param idLessThan endId of the previous page (optional, sent as {@code idLessThan})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnSharkfinProductsRequest(
        String coin,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "limit", "idLessThan");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSharkfinProductsRequest {
        Require.text(coin, "coin");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param limit default 20 (optional, greater than 0, at most 100, sent as {@code limit})
     * @param idLessThan endId of the previous page (optional, sent as {@code idLessThan})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSharkfinProductsRequest(String coin, @Nullable Integer limit, @Nullable String idLessThan) {
        this(coin, limit, idLessThan, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnSharkfinProductsRequest withExtraParam(String name, Object value) {
        return new EarnSharkfinProductsRequest(coin, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets coin; the rest stay unset.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnSharkfinProductsRequest of(String coin) {
        return new EarnSharkfinProductsRequest(coin, null, null, Map.of());
    }
}
