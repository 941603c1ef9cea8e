// Generated from codegen/model/v2/earn-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param coin e.g. USDT; unset for every coin (optional, sent as {@code coin})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnAccountRequest(
        @Nullable String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnAccountRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT; unset for every coin (optional, sent as {@code coin})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnAccountRequest(@Nullable String coin) {
        this(coin, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnAccountRequest withExtraParam(String name, Object value) {
        return new EarnAccountRequest(coin, Require.withExtra(extraParams, name, value));
    }

    /**
     * Every coin.
     *
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnAccountRequest all() {
        return new EarnAccountRequest(null, Map.of());
    }

    /**
     * One coin.
     *
     * @param coin e.g. USDT; unset for every coin (optional, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnAccountRequest ofCoin(String coin) {
        return new EarnAccountRequest(Require.text(coin, "coin"), Map.of());
    }
}
