// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("PositionRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.Category
import io.github.bitget4j.model.v3.PositionSide
import io.github.bitget4j.model.v3.UtaPositionHistoryRequest
import io.github.bitget4j.model.v3.UtaPositionsRequest
import java.time.Instant

/**
 * Builds a [UtaPositionsRequest], checked on construction: Which V3 open positions to list.
 *
 * @param category a futures category: USDT-FUTURES, COIN-FUTURES or USDC-FUTURES (required, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset for every position of the category (optional, sent as `symbol`)
 * @param posSide long or short; unset for both sides (optional, sent as `posSide`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaPositionsRequest(
    category: Category,
    symbol: String? = null,
    posSide: PositionSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPositionsRequest = UtaPositionsRequest(category, symbol, posSide, extraParams)

/**
 * Builds a [UtaPositionHistoryRequest], checked on construction: Parameters of the V3 closed positions query; at most 30 days per query.
 *
 * @param category a futures category (required, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as `symbol`)
 * @param startTime earliest time (at most 90 days back) (optional, sent as `startTime`)
 * @param endTime latest time (at most 30 days after startTime) (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaPositionHistoryRequest(
    category: Category,
    symbol: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPositionHistoryRequest = UtaPositionHistoryRequest(category, symbol, startTime, endTime, limit, cursor, extraParams)
