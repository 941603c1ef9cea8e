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
 * @param enable copy trading on or off (optional, sent as {@code enable})
 * @param showTotalEquity show total equity to others (optional, sent as {@code showTotalEquity})
 * @param showTpsl show TP/SL to others (optional, sent as {@code showTpsl})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesTraderBaseSettingsRequest(
        @Nullable CopyYesNo enable,
        @Nullable CopyYesNo showTotalEquity,
        @Nullable CopyYesNo showTpsl,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("enable", "showTotalEquity", "showTpsl");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderBaseSettingsRequest {
        Require.knownIfPresent(enable, "enable");
        Require.knownIfPresent(showTotalEquity, "showTotalEquity");
        Require.knownIfPresent(showTpsl, "showTpsl");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param enable copy trading on or off (optional, sent as {@code enable})
     * @param showTotalEquity show total equity to others (optional, sent as {@code showTotalEquity})
     * @param showTpsl show TP/SL to others (optional, sent as {@code showTpsl})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderBaseSettingsRequest(@Nullable CopyYesNo enable, @Nullable CopyYesNo showTotalEquity, @Nullable CopyYesNo showTpsl) {
        this(enable, showTotalEquity, showTpsl, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesTraderBaseSettingsRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderBaseSettingsRequest(enable, showTotalEquity, showTpsl, Require.withExtra(extraParams, name, value));
    }
}
