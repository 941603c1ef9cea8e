// Generated from codegen/model/v3/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v3.UtaTaxRecord;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v3.TaxApiV3}. */
public final class TaxEndpointsV3 {

    /** {@code GET /api/v3/tax/records}. */
    public static final Endpoint<List<UtaTaxRecord>> GET_TAX_RECORDS =
            Endpoint.getList("/api/v3/tax/records", PRIVATE, UtaTaxRecord.class)
                    .withRateLimit(1, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("bizType", "startTime", "endTime", "marginType", "coin", "limit", "cursor");

    private TaxEndpointsV3() {
    }
}
