// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.tax.TaxFuturesRecord;
import io.github.bitget4j.model.v2.tax.TaxMarginRecord;
import io.github.bitget4j.model.v2.tax.TaxP2pRecord;
import io.github.bitget4j.model.v2.tax.TaxSpotRecord;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.TaxApiV2}. */
public final class TaxEndpointsV2 {

    /** {@code GET /api/v2/tax/spot-record}. */
    public static final Endpoint<List<TaxSpotRecord>> GET_SPOT_TRANSACTION_RECORDS =
            Endpoint.getList("/api/v2/tax/spot-record", PRIVATE, TaxSpotRecord.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/tax/future-record}. */
    public static final Endpoint<List<TaxFuturesRecord>> GET_FUTURES_TRANSACTION_RECORDS =
            Endpoint.getList("/api/v2/tax/future-record", PRIVATE, TaxFuturesRecord.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("productType", "marginCoin", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/tax/margin-record}. */
    public static final Endpoint<List<TaxMarginRecord>> GET_MARGIN_TRANSACTION_RECORDS =
            Endpoint.getList("/api/v2/tax/margin-record", PRIVATE, TaxMarginRecord.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("marginType", "coin", "startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/tax/p2p-record}. */
    public static final Endpoint<List<TaxP2pRecord>> GET_P2_P_TRANSACTION_RECORDS =
            Endpoint.getList("/api/v2/tax/p2p-record", PRIVATE, TaxP2pRecord.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coin", "startTime", "endTime", "limit", "idLessThan");

    private TaxEndpointsV2() {
    }
}
