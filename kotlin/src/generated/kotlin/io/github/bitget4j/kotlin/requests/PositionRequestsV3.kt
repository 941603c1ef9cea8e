// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("PositionRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.Category
import io.github.bitget4j.model.v3.PositionSide
import io.github.bitget4j.model.v3.UtaPositionHistoryRequest
import io.github.bitget4j.model.v3.UtaPositionsRequest
import java.time.Instant

/** Builds a [UtaPositionsRequest], checked on construction: Which V3 open positions to list. */
public fun utaPositionsRequest(
    category: Category,
    symbol: String? = null,
    posSide: PositionSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPositionsRequest = UtaPositionsRequest(category, symbol, posSide, extraParams)

/** Builds a [UtaPositionHistoryRequest], checked on construction: Parameters of the V3 closed positions query; at most 30 days per query. */
public fun utaPositionHistoryRequest(
    category: Category,
    symbol: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPositionHistoryRequest = UtaPositionHistoryRequest(category, symbol, startTime, endTime, limit, cursor, extraParams)
