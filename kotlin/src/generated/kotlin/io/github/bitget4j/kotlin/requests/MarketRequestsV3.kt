// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("MarketRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.CandleType
import io.github.bitget4j.model.v3.CandlesRequest
import io.github.bitget4j.model.v3.Category
import io.github.bitget4j.model.v3.InstrumentsRequest
import io.github.bitget4j.model.v3.OrderBookRequest
import io.github.bitget4j.model.v3.TickersRequest

/** Builds a [InstrumentsRequest], checked on construction: Parameters of the V3 instruments (symbol rules) query. */
public fun instrumentsRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): InstrumentsRequest = InstrumentsRequest(category, symbol, extraParams)

/** Builds a [TickersRequest], checked on construction: Parameters of the V3 tickers query. */
public fun tickersRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TickersRequest = TickersRequest(category, symbol, extraParams)

/** Builds a [CandlesRequest], checked on construction: Parameters of the V3 candlestick query. */
public fun candlesRequest(
    category: Category,
    symbol: String,
    interval: String,
    startTime: Long? = null,
    endTime: Long? = null,
    type: CandleType? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CandlesRequest = CandlesRequest(category, symbol, interval, startTime, endTime, type, limit, extraParams)

/** Builds a [OrderBookRequest], checked on construction: Parameters of the V3 order book query. */
public fun orderBookRequest(
    category: Category,
    symbol: String,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): OrderBookRequest = OrderBookRequest(category, symbol, limit, extraParams)
