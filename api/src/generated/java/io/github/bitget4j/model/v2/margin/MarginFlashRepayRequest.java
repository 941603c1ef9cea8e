// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
 * @param coin crossed only: one coin; unset repays the whole account (optional, sent as {@code coin})
 * @param symbolList isolated only: symbols to repay; unset repays all (optional, sent as {@code symbolList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginFlashRepayRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable String coin,
        @Nullable List<String> symbolList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "coin", "symbolList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginFlashRepayRequest {
        Require.known(marginType, "marginType");
        symbolList = Require.listIfPresent(symbolList, "symbolList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param coin crossed only: one coin; unset repays the whole account (optional, sent as {@code coin})
     * @param symbolList isolated only: symbols to repay; unset repays all (optional, sent as {@code symbolList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginFlashRepayRequest(MarginMode marginType, @Nullable String coin, @Nullable List<String> symbolList) {
        this(marginType, coin, symbolList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginFlashRepayRequest withExtraParam(String name, Object value) {
        return new MarginFlashRepayRequest(marginType, coin, symbolList, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets marginType; the rest stay unset.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginFlashRepayRequest of(MarginMode marginType) {
        return new MarginFlashRepayRequest(marginType, null, null, Map.of());
    }
}
