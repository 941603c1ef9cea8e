// Generated from codegen/model/v2/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.ClassicAccountBalance;
import io.github.bitget4j.model.v2.ClassicAccountBotAsset;
import io.github.bitget4j.model.v2.ClassicAccountFundingAsset;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.AccountApiV2}. */
public final class AccountEndpointsV2 {

    /** {@code GET /api/v2/account/funding-assets}. */
    public static final Endpoint<List<ClassicAccountFundingAsset>> GET_FUNDING_ASSETS =
            Endpoint.getList("/api/v2/account/funding-assets", PRIVATE, ClassicAccountFundingAsset.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin");

    /** {@code GET /api/v2/account/bot-assets}. */
    public static final Endpoint<List<ClassicAccountBotAsset>> GET_BOT_ACCOUNT =
            Endpoint.getList("/api/v2/account/bot-assets", PRIVATE, ClassicAccountBotAsset.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("accountType");

    /** {@code GET /api/v2/account/all-account-balance}. */
    public static final Endpoint<List<ClassicAccountBalance>> GET_BALANCES =
            Endpoint.getList("/api/v2/account/all-account-balance", PRIVATE, ClassicAccountBalance.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    private AccountEndpointsV2() {
    }
}
