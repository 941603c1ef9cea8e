// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.CommonAnnouncement;
import io.github.bitget4j.model.CommonSymbolTradeRate;
import io.github.bitget4j.model.CommonTradeRate;
import io.github.bitget4j.model.ServerTime;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.CommonApiV2}. */
public final class CommonEndpointsV2 {

    /** {@code GET /api/v2/public/time}. */
    public static final Endpoint<ServerTime> GET_SERVER_TIME =
            Endpoint.get("/api/v2/public/time", PUBLIC, ServerTime.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    /** {@code GET /api/v2/public/annoucements}. */
    public static final Endpoint<List<CommonAnnouncement>> GET_ANNOUNCEMENTS =
            Endpoint.getList("/api/v2/public/annoucements", PUBLIC, CommonAnnouncement.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters("annType", "startTime", "endTime", "language");

    /** {@code GET /api/v2/common/trade-rate}. */
    public static final Endpoint<CommonTradeRate> GET_TRADE_RATE =
            Endpoint.get("/api/v2/common/trade-rate", PRIVATE, CommonTradeRate.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("symbol", "businessType");

    /** {@code GET /api/v2/common/all-trade-rate}. */
    public static final Endpoint<List<CommonSymbolTradeRate>> GET_ALL_TRADE_RATES =
            Endpoint.getList("/api/v2/common/all-trade-rate", PRIVATE, CommonSymbolTradeRate.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("businessType");

    private CommonEndpointsV2() {
    }
}
