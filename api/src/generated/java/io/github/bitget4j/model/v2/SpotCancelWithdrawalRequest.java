// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Names one withdrawal.
 *
 * @param orderId required; Bitget's id of the withdrawal.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotCancelWithdrawalRequest(
        String orderId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotCancelWithdrawalRequest {
        Require.text(orderId, "orderId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotCancelWithdrawalRequest(String orderId) {
        this(orderId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotCancelWithdrawalRequest withExtraParam(String name, Object value) {
        return new SpotCancelWithdrawalRequest(orderId, Require.withExtra(extraParams, name, value));
    }

    /** With the required parameters only. */
    public static SpotCancelWithdrawalRequest of(String orderId) {
        return new SpotCancelWithdrawalRequest(orderId, Map.of());
    }
}
