// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pages through a trader's unsettled profit shares.
 *
 * @param coin settlement coin (optional, sent as {@code coin})
 * @param pageNo from 1 (optional, greater than 0, sent as {@code pageNo})
 * @param pageSize default 20 (optional, greater than 0, at most 50, sent as {@code pageSize})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyTraderProfitDetailsRequest(
        @Nullable String coin,
        @Nullable Integer pageNo,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "pageNo", "pageSize");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyTraderProfitDetailsRequest {
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "50");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin settlement coin (optional, sent as {@code coin})
     * @param pageNo from 1 (optional, greater than 0, sent as {@code pageNo})
     * @param pageSize default 20 (optional, greater than 0, at most 50, sent as {@code pageSize})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyTraderProfitDetailsRequest(@Nullable String coin, @Nullable Integer pageNo, @Nullable Integer pageSize) {
        this(coin, pageNo, pageSize, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyTraderProfitDetailsRequest withExtraParam(String name, Object value) {
        return new CopyTraderProfitDetailsRequest(coin, pageNo, pageSize, Require.withExtra(extraParams, name, value));
    }
}
