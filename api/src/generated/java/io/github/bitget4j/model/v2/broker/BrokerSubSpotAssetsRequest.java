// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request.
 *
 * @param subUid required
 * @param coin optional; unset for every coin.
 * @param assetType optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerSubSpotAssetsRequest(
        String subUid,
        @Nullable String coin,
        @Nullable BrokerAssetType assetType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "assetType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerSubSpotAssetsRequest {
        Require.text(subUid, "subUid");
        Require.knownIfPresent(assetType, "assetType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerSubSpotAssetsRequest(String subUid, @Nullable String coin, @Nullable BrokerAssetType assetType) {
        this(subUid, coin, assetType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerSubSpotAssetsRequest withExtraParam(String name, Object value) {
        return new BrokerSubSpotAssetsRequest(subUid, coin, assetType, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid; the rest stay unset. */
    public static BrokerSubSpotAssetsRequest of(String subUid) {
        return new BrokerSubSpotAssetsRequest(subUid, null, null, Map.of());
    }
}
