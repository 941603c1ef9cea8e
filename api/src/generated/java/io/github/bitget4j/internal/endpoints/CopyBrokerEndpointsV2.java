// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.copy.CopyBrokerCurrentTrace;
import io.github.bitget4j.model.v2.copy.CopyBrokerHistoryTraces;
import io.github.bitget4j.model.v2.copy.CopyBrokerTrader;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.CopyBrokerApiV2}. */
public final class CopyBrokerEndpointsV2 {

    /** {@code GET /api/v2/copy/mix-broker/query-traders}. */
    public static final Endpoint<List<CopyBrokerTrader>> GET_BROKER_TRADERS =
            Endpoint.getList("/api/v2/copy/mix-broker/query-traders", PRIVATE, CopyBrokerTrader.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId", "traderName", "fullStatus", "sortRule", "sortFlag", "languageType", "pageSize", "pageNo");

    /** {@code GET /api/v2/copy/mix-broker/query-history-traces}. */
    public static final Endpoint<CopyBrokerHistoryTraces> GET_BROKER_TRADERS_HISTORICAL_ORDERS =
            Endpoint.get("/api/v2/copy/mix-broker/query-history-traces", PRIVATE, CopyBrokerHistoryTraces.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId", "symbol", "productType", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    /** {@code GET /api/v2/copy/mix-broker/query-current-traces}. */
    public static final Endpoint<List<CopyBrokerCurrentTrace>> GET_BROKER_TRADERS_PENDING_ORDERS =
            Endpoint.getList("/api/v2/copy/mix-broker/query-current-traces", PRIVATE, CopyBrokerCurrentTrace.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("traderId", "symbol", "productType", "idLessThan", "idGreaterThan", "startTime", "endTime", "limit");

    private CopyBrokerEndpointsV2() {
    }
}
