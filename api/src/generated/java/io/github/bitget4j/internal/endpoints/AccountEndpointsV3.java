// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.AccountAssets;
import io.github.bitget4j.model.v3.AccountInfo;

/** The endpoints of {@code io.github.bitget4j.v3.AccountApiV3}. */
public final class AccountEndpointsV3 {

    /** {@code GET /api/v3/account/assets}. */
    public static final Endpoint<AccountAssets> GET_BALANCES =
            Endpoint.get("/api/v3/account/assets", PRIVATE, AccountAssets.class)
                    .withParameters();

    /** {@code GET /api/v3/account/info}. */
    public static final Endpoint<AccountInfo> GET_ACCOUNT_INFO =
            Endpoint.get("/api/v3/account/info", PRIVATE, AccountInfo.class)
                    .withParameters();

    private AccountEndpointsV3() {
    }
}
