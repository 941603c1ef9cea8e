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
 * @param coin optional; settlement coin.
 * @param pageNo optional; from 1.
 * @param pageSize optional; default 20.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyTraderProfitDetailsRequest(
        @Nullable String coin,
        @Nullable Integer pageNo,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "pageNo", "pageSize");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyTraderProfitDetailsRequest {
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "50");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyTraderProfitDetailsRequest(@Nullable String coin, @Nullable Integer pageNo, @Nullable Integer pageSize) {
        this(coin, pageNo, pageSize, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyTraderProfitDetailsRequest withExtraParam(String name, Object value) {
        return new CopyTraderProfitDetailsRequest(coin, pageNo, pageSize, Require.withExtra(extraParams, name, value));
    }
}
