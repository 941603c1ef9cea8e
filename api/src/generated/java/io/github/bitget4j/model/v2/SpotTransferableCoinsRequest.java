// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * A pair of account types.
 *
 * @param fromType from type, one of {@code spot}, {@code p2p}, {@code coin_futures}, {@code usdt_futures}, {@code usdc_futures}, {@code crossed_margin}, {@code isolated_margin} (required, sent as {@code fromType})
 * @param toType to type, one of {@code spot}, {@code p2p}, {@code coin_futures}, {@code usdt_futures}, {@code usdc_futures}, {@code crossed_margin}, {@code isolated_margin} (required, sent as {@code toType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotTransferableCoinsRequest(
        SpotAccountType fromType,
        SpotAccountType toType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromType", "toType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotTransferableCoinsRequest {
        Require.known(fromType, "fromType");
        Require.known(toType, "toType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param fromType from type, one of {@code spot}, {@code p2p}, {@code coin_futures}, {@code usdt_futures}, {@code usdc_futures}, {@code crossed_margin}, {@code isolated_margin} (required, sent as {@code fromType})
     * @param toType to type, one of {@code spot}, {@code p2p}, {@code coin_futures}, {@code usdt_futures}, {@code usdc_futures}, {@code crossed_margin}, {@code isolated_margin} (required, sent as {@code toType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotTransferableCoinsRequest(SpotAccountType fromType, SpotAccountType toType) {
        this(fromType, toType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotTransferableCoinsRequest withExtraParam(String name, Object value) {
        return new SpotTransferableCoinsRequest(fromType, toType, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param fromType from type, one of {@code spot}, {@code p2p}, {@code coin_futures}, {@code usdt_futures}, {@code usdc_futures}, {@code crossed_margin}, {@code isolated_margin} (required, sent as {@code fromType})
     * @param toType to type, one of {@code spot}, {@code p2p}, {@code coin_futures}, {@code usdt_futures}, {@code usdc_futures}, {@code crossed_margin}, {@code isolated_margin} (required, sent as {@code toType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotTransferableCoinsRequest of(SpotAccountType fromType, SpotAccountType toType) {
        return new SpotTransferableCoinsRequest(fromType, toType, Map.of());
    }
}
