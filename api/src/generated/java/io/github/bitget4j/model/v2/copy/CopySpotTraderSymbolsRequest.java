// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param symbolList symbol list (a list) (required, not empty, sent as {@code symbolList})
 * @param settingType setting type, one of {@code add}, {@code delete} (required, sent as {@code settingType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopySpotTraderSymbolsRequest(
        List<String> symbolList,
        CopySpotSymbolSettingType settingType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbolList", "settingType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotTraderSymbolsRequest {
        symbolList = Require.nonEmpty(symbolList, "symbolList");
        Require.known(settingType, "settingType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbolList symbol list (a list) (required, not empty, sent as {@code symbolList})
     * @param settingType setting type, one of {@code add}, {@code delete} (required, sent as {@code settingType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotTraderSymbolsRequest(List<String> symbolList, CopySpotSymbolSettingType settingType) {
        this(symbolList, settingType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopySpotTraderSymbolsRequest withExtraParam(String name, Object value) {
        return new CopySpotTraderSymbolsRequest(symbolList, settingType, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param symbolList symbol list (a list) (required, not empty, sent as {@code symbolList})
     * @param settingType setting type, one of {@code add}, {@code delete} (required, sent as {@code settingType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopySpotTraderSymbolsRequest of(List<String> symbolList, CopySpotSymbolSettingType settingType) {
        return new CopySpotTraderSymbolsRequest(symbolList, settingType, Map.of());
    }
}
