// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one withdrawal.
 *
 * @param orderId Bitget's id of the withdrawal (required, sent as {@code orderId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotCancelWithdrawalRequest(
        String orderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotCancelWithdrawalRequest {
        Require.text(orderId, "orderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id of the withdrawal (required, sent as {@code orderId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotCancelWithdrawalRequest(String orderId) {
        this(orderId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotCancelWithdrawalRequest withExtraParam(String name, Object value) {
        return new SpotCancelWithdrawalRequest(orderId, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param orderId Bitget's id of the withdrawal (required, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotCancelWithdrawalRequest of(String orderId) {
        return new SpotCancelWithdrawalRequest(orderId, Map.of());
    }
}
