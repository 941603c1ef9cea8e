// Generated from codegen/model/v3/public.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.ServerTime;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;

/** The endpoints of {@code io.github.bitget4j.v3.PublicApiV3}. */
public final class PublicEndpointsV3 {

    /** {@code GET /api/v3/public/time}. */
    public static final Endpoint<ServerTime> GET_SERVER_TIME =
            Endpoint.get("/api/v3/public/time", PUBLIC, ServerTime.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.IP)
                    .withParameters();

    private PublicEndpointsV3() {
    }
}
