// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.ServerTime;

/** The endpoints of {@code io.github.bitget4j.v2.CommonApiV2}. */
public final class CommonEndpointsV2 {

    /** {@code GET /api/v2/public/time}. */
    public static final Endpoint<ServerTime> GET_SERVER_TIME =
            Endpoint.get("/api/v2/public/time", PUBLIC, ServerTime.class)
                    .withParameters();

    private CommonEndpointsV2() {
    }
}
