// Generated from codegen/model/v2/earn-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.EarnAccountEndpointsV2;
import io.github.bitget4j.model.v2.earn.EarnAccountAsset;
import io.github.bitget4j.model.v2.earn.EarnAccountRequest;
import java.util.List;

/**
 * Earn account (V2): balances held in earn products.
 */
public interface EarnAccountApiV2 extends EndpointCaller {

    /**
     * Lists the coins held in the earn account.
     *
     * <p>{@code GET /api/v2/earn/account/assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnAccountAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnAccountAsset>> getEarnAccount(EarnAccountRequest request) {
        return call(EarnAccountEndpointsV2.GET_EARN_ACCOUNT, request);
    }

    /**
     * Lists the coins held in the earn account.
     *
     * <p>{@code GET /api/v2/earn/account/assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;EarnAccountAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<EarnAccountAsset>> getEarnAccount() {
        return getEarnAccount(new EarnAccountRequest(null));
    }
}
