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
 * @param riskUnitId optional; the risk unit; unset for the caller's own.
 * @param uid required; the uid to bind or unbind.
 * @param operate required; bind or unbind.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaInsLoanBindUidRequest(
        @Nullable String riskUnitId,
        String uid,
        UtaInsLoanBindOperation operate,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("riskUnitId", "uid", "operate");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaInsLoanBindUidRequest {
        Require.text(uid, "uid");
        Require.known(operate, "operate");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaInsLoanBindUidRequest(@Nullable String riskUnitId, String uid, UtaInsLoanBindOperation operate) {
        this(riskUnitId, uid, operate, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaInsLoanBindUidRequest withExtraParam(String name, Object value) {
        return new UtaInsLoanBindUidRequest(riskUnitId, uid, operate, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static UtaInsLoanBindUidRequest of(String uid, UtaInsLoanBindOperation operate) {
        return new UtaInsLoanBindUidRequest(null, uid, operate, Map.of());
    }
}
