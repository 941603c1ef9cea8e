// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param coinList coins to sweep, e.g. EOS (required, not empty, sent as {@code coinList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record ConvertBgbRequest(
        List<String> coinList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coinList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ConvertBgbRequest {
        coinList = Require.nonEmpty(coinList, "coinList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coinList coins to sweep, e.g. EOS (required, not empty, sent as {@code coinList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ConvertBgbRequest(List<String> coinList) {
        this(coinList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public ConvertBgbRequest withExtraParam(String name, Object value) {
        return new ConvertBgbRequest(coinList, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param coinList coins to sweep, e.g. EOS (required, not empty, sent as {@code coinList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static ConvertBgbRequest of(List<String> coinList) {
        return new ConvertBgbRequest(coinList, Map.of());
    }
}
