// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names a risk unit; all optional.
 *
 * @param riskUnitId the risk unit; required when the parent account asks, not when a risk unit asks (optional, sent as {@code riskUnitId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaInsLoanLtvRequest(
        @Nullable String riskUnitId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("riskUnitId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanLtvRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param riskUnitId the risk unit; required when the parent account asks, not when a risk unit asks (optional, sent as {@code riskUnitId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanLtvRequest(@Nullable String riskUnitId) {
        this(riskUnitId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaInsLoanLtvRequest withExtraParam(String name, Object value) {
        return new UtaInsLoanLtvRequest(riskUnitId, Require.withExtra(extraParams, name, value));
    }
}
