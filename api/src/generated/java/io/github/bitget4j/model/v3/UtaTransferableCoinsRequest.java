// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * A pair of account types.
 *
 * @param fromType required
 * @param toType required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaTransferableCoinsRequest(
        UtaTransferAccountType fromType,
        UtaTransferAccountType toType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromType", "toType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaTransferableCoinsRequest {
        Require.known(fromType, "fromType");
        Require.known(toType, "toType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaTransferableCoinsRequest(UtaTransferAccountType fromType, UtaTransferAccountType toType) {
        this(fromType, toType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaTransferableCoinsRequest withExtraParam(String name, Object value) {
        return new UtaTransferableCoinsRequest(fromType, toType, Require.withExtra(extraParams, name, value));
    }

    /** Sets fromType, toType; the rest stay unset. */
    public static UtaTransferableCoinsRequest of(UtaTransferAccountType fromType, UtaTransferAccountType toType) {
        return new UtaTransferableCoinsRequest(fromType, toType, Map.of());
    }
}
