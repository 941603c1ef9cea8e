// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("SpotMarketRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.SpotCandlesRequest
import io.github.bitget4j.model.v2.SpotCoinRequest
import io.github.bitget4j.model.v2.SpotFundFlowRequest
import io.github.bitget4j.model.v2.SpotHistoricCandlesRequest
import io.github.bitget4j.model.v2.SpotHistoricTradesRequest
import io.github.bitget4j.model.v2.SpotMergeDepthRequest
import io.github.bitget4j.model.v2.SpotMergePrecision
import io.github.bitget4j.model.v2.SpotOrderBookRequest
import io.github.bitget4j.model.v2.SpotRecentTradesRequest
import io.github.bitget4j.model.v2.SpotSymbolFilterRequest
import io.github.bitget4j.model.v2.SpotSymbolRequest
import io.github.bitget4j.model.v2.SpotTickerRequest
import java.time.Instant

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

/** Builds a [SpotCoinRequest], checked on construction: Parameters of the V2 spot coin query. */
public fun spotCoinRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCoinRequest = SpotCoinRequest(coin, extraParams)

/** Builds a [SpotSymbolFilterRequest], checked on construction: Parameters of the V2 spot symbol query. */
public fun spotSymbolFilterRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSymbolFilterRequest = SpotSymbolFilterRequest(symbol, extraParams)

/** Builds a [SpotMergeDepthRequest], checked on construction: Parameters of the V2 spot merged depth query. */
public fun spotMergeDepthRequest(
    symbol: String,
    precision: SpotMergePrecision? = null,
    limit: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotMergeDepthRequest = SpotMergeDepthRequest(symbol, precision, limit, extraParams)

/** Builds a [SpotHistoricCandlesRequest], checked on construction: Parameters of the V2 spot historic candlestick query. */
public fun spotHistoricCandlesRequest(
    symbol: String,
    granularity: String,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotHistoricCandlesRequest = SpotHistoricCandlesRequest(symbol, granularity, endTime, limit, extraParams)

/** Builds a [SpotRecentTradesRequest], checked on construction: Parameters of the V2 spot recent trades query. */
public fun spotRecentTradesRequest(
    symbol: String,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotRecentTradesRequest = SpotRecentTradesRequest(symbol, limit, extraParams)

/** Builds a [SpotHistoricTradesRequest], checked on construction: Parameters of the V2 spot historic trades query. */
public fun spotHistoricTradesRequest(
    symbol: String,
    limit: Int? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotHistoricTradesRequest = SpotHistoricTradesRequest(symbol, limit, idLessThan, startTime, endTime, extraParams)

/** Builds a [SpotSymbolRequest], checked on construction: Names one V2 spot symbol. */
public fun spotSymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSymbolRequest = SpotSymbolRequest(symbol, extraParams)

/** Builds a [SpotFundFlowRequest], checked on construction: Parameters of the V2 spot fund flow query. */
public fun spotFundFlowRequest(
    symbol: String,
    period: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotFundFlowRequest = SpotFundFlowRequest(symbol, period, extraParams)
