// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param online online, one of {@code yes}, {@code no} (optional, sent as {@code online})
 * @param idLessThan minMerchantId of the previous page (optional, sent as {@code idLessThan})
 * @param limit default 100 (optional, greater than 0, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record P2pMerchantListRequest(
        @Nullable P2pOnline online,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("online", "idLessThan", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public P2pMerchantListRequest {
        Require.knownIfPresent(online, "online");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param online online, one of {@code yes}, {@code no} (optional, sent as {@code online})
     * @param idLessThan minMerchantId of the previous page (optional, sent as {@code idLessThan})
     * @param limit default 100 (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public P2pMerchantListRequest(@Nullable P2pOnline online, @Nullable String idLessThan, @Nullable Integer limit) {
        this(online, idLessThan, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public P2pMerchantListRequest withExtraParam(String name, Object value) {
        return new P2pMerchantListRequest(online, idLessThan, limit, Require.withExtra(extraParams, name, value));
    }
}
