// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Take-profit / stop-loss of one spot tracked order.
 *
 * @param trackingNo tracking no (required, sent as {@code trackingNo})
 * @param stopSurplusPrice take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopSurplusPrice})
 * @param stopLossPrice stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopLossPrice})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopySpotTpslRequest(
        String trackingNo,
        @Nullable BigDecimal stopSurplusPrice,
        @Nullable BigDecimal stopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNo", "stopSurplusPrice", "stopLossPrice");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotTpslRequest {
        Require.text(trackingNo, "trackingNo");
        Require.atLeast(stopSurplusPrice, "stopSurplusPrice", "0");
        Require.atLeast(stopLossPrice, "stopLossPrice", "0");
        Require.either(stopSurplusPrice, "stopSurplusPrice", stopLossPrice, "stopLossPrice");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param trackingNo tracking no (required, sent as {@code trackingNo})
     * @param stopSurplusPrice take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopSurplusPrice})
     * @param stopLossPrice stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopLossPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotTpslRequest(String trackingNo, @Nullable BigDecimal stopSurplusPrice, @Nullable BigDecimal stopLossPrice) {
        this(trackingNo, stopSurplusPrice, stopLossPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopySpotTpslRequest withExtraParam(String name, Object value) {
        return new CopySpotTpslRequest(trackingNo, stopSurplusPrice, stopLossPrice, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param trackingNo tracking no (required, sent as {@code trackingNo})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopySpotTpslRequest of(String trackingNo) {
        return new CopySpotTpslRequest(trackingNo, null, null, Map.of());
    }
}
