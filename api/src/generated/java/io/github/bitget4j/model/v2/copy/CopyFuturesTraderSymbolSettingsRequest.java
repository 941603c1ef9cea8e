// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param settingList at most 50 entries (required, not empty, sent as {@code settingList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesTraderSymbolSettingsRequest(
        List<CopyFuturesTraderSymbolSettingRequest> settingList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("settingList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderSymbolSettingsRequest {
        settingList = Require.nonEmpty(settingList, "settingList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param settingList at most 50 entries (required, not empty, sent as {@code settingList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderSymbolSettingsRequest(List<CopyFuturesTraderSymbolSettingRequest> settingList) {
        this(settingList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesTraderSymbolSettingsRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderSymbolSettingsRequest(settingList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param settingList at most 50 entries (required, not empty, sent as {@code settingList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyFuturesTraderSymbolSettingsRequest of(List<CopyFuturesTraderSymbolSettingRequest> settingList) {
        return new CopyFuturesTraderSymbolSettingsRequest(settingList, Map.of());
    }
}
