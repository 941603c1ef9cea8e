// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names one withdrawal, by Bitget's id or by yours.
 *
 * @param orderId optional; Bitget's id; wins over clientOid.
 * @param clientOid optional; your id.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCancelWithdrawalRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCancelWithdrawalRequest {
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCancelWithdrawalRequest(@Nullable String orderId, @Nullable String clientOid) {
        this(orderId, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCancelWithdrawalRequest withExtraParam(String name, Object value) {
        return new UtaCancelWithdrawalRequest(orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** Sets orderId; the rest stay unset. */
    public static UtaCancelWithdrawalRequest byOrderId(String orderId) {
        return new UtaCancelWithdrawalRequest(Require.text(orderId, "orderId"), null, Map.of());
    }

    /** Sets clientOid; the rest stay unset. */
    public static UtaCancelWithdrawalRequest byClientOid(String clientOid) {
        return new UtaCancelWithdrawalRequest(null, Require.text(clientOid, "clientOid"), Map.of());
    }
}
