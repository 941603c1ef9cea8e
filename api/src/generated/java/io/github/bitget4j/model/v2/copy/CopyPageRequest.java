// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param pageSize optional
 * @param pageNo optional; from 1.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyPageRequest(
        @Nullable Integer pageSize,
        @Nullable Integer pageNo,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("pageSize", "pageNo");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyPageRequest {
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.positiveIfPresent(pageNo, "pageNo");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyPageRequest(@Nullable Integer pageSize, @Nullable Integer pageNo) {
        this(pageSize, pageNo, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyPageRequest withExtraParam(String name, Object value) {
        return new CopyPageRequest(pageSize, pageNo, Require.withExtra(extraParams, name, value));
    }
}
