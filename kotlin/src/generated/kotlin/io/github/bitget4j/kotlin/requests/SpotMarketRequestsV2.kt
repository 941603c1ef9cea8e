// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("SpotMarketRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.SpotCandlesRequest
import io.github.bitget4j.model.v2.SpotOrderBookRequest
import io.github.bitget4j.model.v2.SpotTickerRequest

/** Builds a [SpotTickerRequest], checked on construction: Parameters of the V2 spot ticker query. */
public fun spotTickerRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotTickerRequest = SpotTickerRequest(symbol, extraParams)

/** Builds a [SpotCandlesRequest], checked on construction: Parameters of the V2 spot candlestick query. */
public fun spotCandlesRequest(
    symbol: String,
    granularity: String,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCandlesRequest = SpotCandlesRequest(symbol, granularity, startTime, endTime, limit, extraParams)

/** Builds a [SpotOrderBookRequest], checked on construction: Parameters of the V2 spot order book (merged depth) query. */
public fun spotOrderBookRequest(
    symbol: String,
    type: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotOrderBookRequest = SpotOrderBookRequest(symbol, type, limit, extraParams)
