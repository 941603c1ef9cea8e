// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * The BGB fee deduction setting.
 *
 * @param deduct required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaDeductRequest(
        UtaSwitch deduct,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("deduct");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaDeductRequest {
        Require.known(deduct, "deduct");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaDeductRequest(UtaSwitch deduct) {
        this(deduct, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaDeductRequest withExtraParam(String name, Object value) {
        return new UtaDeductRequest(deduct, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaDeductRequest of(UtaSwitch deduct) {
        return new UtaDeductRequest(deduct, Map.of());
    }
}
