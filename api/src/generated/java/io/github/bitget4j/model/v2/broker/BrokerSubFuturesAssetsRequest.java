// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.v2.futures.ProductType;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param subUid sub-account user ID (required, sent as {@code subUid})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerSubFuturesAssetsRequest(
        String subUid,
        ProductType productType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "productType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerSubFuturesAssetsRequest {
        Require.text(subUid, "subUid");
        Require.known(productType, "productType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid sub-account user ID (required, sent as {@code subUid})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public BrokerSubFuturesAssetsRequest(String subUid, ProductType productType) {
        this(subUid, productType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public BrokerSubFuturesAssetsRequest withExtraParam(String name, Object value) {
        return new BrokerSubFuturesAssetsRequest(subUid, productType, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets subUid, productType; the rest stay unset.
     *
     * @param subUid sub-account user ID (required, sent as {@code subUid})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static BrokerSubFuturesAssetsRequest of(String subUid, ProductType productType) {
        return new BrokerSubFuturesAssetsRequest(subUid, productType, Map.of());
    }
}
