// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.AccountEndpointsV3;
import io.github.bitget4j.model.v3.AccountAssets;
import io.github.bitget4j.model.v3.AccountInfo;

/**
 * Unified account (V3). Private: needs credentials.
 */
public interface AccountApiV3 extends EndpointCaller {

    /**
     * Equity and per-coin balances.
     *
     * <p>{@code GET /api/v3/account/assets}, signed; rate limit 20 requests per second per UID.
     */
    default ApiResponse<AccountAssets> getBalances() {
        return call(AccountEndpointsV3.GET_BALANCES, null);
    }

    /**
     * The key's account, permissions and settings.
     *
     * <p>{@code GET /api/v3/account/info}, signed; rate limit 1 requests per second per UID.
     */
    default ApiResponse<AccountInfo> getAccountInfo() {
        return call(AccountEndpointsV3.GET_ACCOUNT_INFO, null);
    }
}
