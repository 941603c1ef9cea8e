// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds or unbinds one uid.
 *
 * @param riskUnitId the risk unit; unset for the caller's own (optional, sent as {@code riskUnitId})
 * @param uid the uid to bind or unbind (required, sent as {@code uid})
 * @param operate bind or unbind (required, sent as {@code operate})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaInsLoanBindUidRequest(
        @Nullable String riskUnitId,
        String uid,
        UtaInsLoanBindOperation operate,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("riskUnitId", "uid", "operate");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanBindUidRequest {
        Require.text(uid, "uid");
        Require.known(operate, "operate");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param riskUnitId the risk unit; unset for the caller's own (optional, sent as {@code riskUnitId})
     * @param uid the uid to bind or unbind (required, sent as {@code uid})
     * @param operate bind or unbind (required, sent as {@code operate})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaInsLoanBindUidRequest(@Nullable String riskUnitId, String uid, UtaInsLoanBindOperation operate) {
        this(riskUnitId, uid, operate, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaInsLoanBindUidRequest withExtraParam(String name, Object value) {
        return new UtaInsLoanBindUidRequest(riskUnitId, uid, operate, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param uid the uid to bind or unbind (required, sent as {@code uid})
     * @param operate bind or unbind (required, sent as {@code operate})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaInsLoanBindUidRequest of(String uid, UtaInsLoanBindOperation operate) {
        return new UtaInsLoanBindUidRequest(null, uid, operate, Map.of());
    }
}
