// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * The BGB fee deduction setting.
 *
 * @param deduct deduct, one of {@code on}, {@code off} (required, sent as {@code deduct})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaDeductRequest(
        UtaSwitch deduct,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("deduct");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDeductRequest {
        Require.known(deduct, "deduct");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param deduct deduct, one of {@code on}, {@code off} (required, sent as {@code deduct})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDeductRequest(UtaSwitch deduct) {
        this(deduct, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaDeductRequest withExtraParam(String name, Object value) {
        return new UtaDeductRequest(deduct, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param deduct deduct, one of {@code on}, {@code off} (required, sent as {@code deduct})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaDeductRequest of(UtaSwitch deduct) {
        return new UtaDeductRequest(deduct, Map.of());
    }
}
