package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.UtaV3;
import io.github.bitget4j.model.v3.AccountAssets;
import io.github.bitget4j.model.v3.AccountInfo;

/** Unified account (V3). Private: needs credentials. */
public interface AccountApiV3 extends EndpointCaller {

    /** GET /api/v3/account/assets: equity and per-coin balances. */
    default ApiResponse<AccountAssets> getBalances() {
        return call(UtaV3.ACCOUNT_ASSETS, null);
    }

    /** GET /api/v3/account/info: the key's account, permissions and settings. */
    default ApiResponse<AccountInfo> getAccountInfo() {
        return call(UtaV3.ACCOUNT_INFO, null);
    }
}
