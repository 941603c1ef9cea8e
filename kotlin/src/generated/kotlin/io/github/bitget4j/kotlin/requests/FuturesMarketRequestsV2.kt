// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("FuturesMarketRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.futures.FuturesCandlesRequest
import io.github.bitget4j.model.v2.futures.FuturesCoinDataRequest
import io.github.bitget4j.model.v2.futures.FuturesCoinRequest
import io.github.bitget4j.model.v2.futures.FuturesDataRequest
import io.github.bitget4j.model.v2.futures.FuturesDepthLimit
import io.github.bitget4j.model.v2.futures.FuturesDepthPrecision
import io.github.bitget4j.model.v2.futures.FuturesFundingHistoryRequest
import io.github.bitget4j.model.v2.futures.FuturesGranularity
import io.github.bitget4j.model.v2.futures.FuturesHistoricCandlesRequest
import io.github.bitget4j.model.v2.futures.FuturesHistoricTradesRequest
import io.github.bitget4j.model.v2.futures.FuturesKlineType
import io.github.bitget4j.model.v2.futures.FuturesMergeDepthRequest
import io.github.bitget4j.model.v2.futures.FuturesRecentTradesRequest
import io.github.bitget4j.model.v2.futures.FuturesSymbolFilterRequest
import io.github.bitget4j.model.v2.futures.FuturesTickerRequest
import io.github.bitget4j.model.v2.futures.ProductType
import java.time.Instant

/** Builds a [FuturesDataRequest], checked on construction. */
public fun futuresDataRequest(
    symbol: String,
    period: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesDataRequest = FuturesDataRequest(symbol, period, extraParams)

/** Builds a [FuturesCoinDataRequest], checked on construction. */
public fun futuresCoinDataRequest(
    symbol: String,
    period: String? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCoinDataRequest = FuturesCoinDataRequest(symbol, period, coin, extraParams)

/** Builds a [FuturesCoinRequest], checked on construction. */
public fun futuresCoinRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCoinRequest = FuturesCoinRequest(coin, extraParams)

/** Builds a [FuturesMergeDepthRequest], checked on construction. */
public fun futuresMergeDepthRequest(
    symbol: String,
    productType: ProductType,
    precision: FuturesDepthPrecision? = null,
    limit: FuturesDepthLimit? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesMergeDepthRequest = FuturesMergeDepthRequest(symbol, productType, precision, limit, extraParams)

/** Builds a [FuturesTickerRequest], checked on construction. */
public fun futuresTickerRequest(
    symbol: String,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesTickerRequest = FuturesTickerRequest(symbol, productType, extraParams)

/** Builds a [FuturesRecentTradesRequest], checked on construction. */
public fun futuresRecentTradesRequest(
    symbol: String,
    productType: ProductType,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesRecentTradesRequest = FuturesRecentTradesRequest(symbol, productType, limit, extraParams)

/** Builds a [FuturesHistoricTradesRequest], checked on construction. */
public fun futuresHistoricTradesRequest(
    symbol: String,
    productType: ProductType,
    limit: Int? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricTradesRequest = FuturesHistoricTradesRequest(symbol, productType, limit, idLessThan, startTime, endTime, extraParams)

/** Builds a [FuturesCandlesRequest], checked on construction. */
public fun futuresCandlesRequest(
    symbol: String,
    productType: ProductType,
    granularity: FuturesGranularity,
    startTime: Instant? = null,
    endTime: Instant? = null,
    kLineType: FuturesKlineType? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCandlesRequest = FuturesCandlesRequest(symbol, productType, granularity, startTime, endTime, kLineType, limit, extraParams)

/** Builds a [FuturesHistoricCandlesRequest], checked on construction. */
public fun futuresHistoricCandlesRequest(
    symbol: String,
    productType: ProductType,
    granularity: FuturesGranularity,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricCandlesRequest = FuturesHistoricCandlesRequest(symbol, productType, granularity, startTime, endTime, limit, extraParams)

/** Builds a [FuturesFundingHistoryRequest], checked on construction. */
public fun futuresFundingHistoryRequest(
    symbol: String,
    productType: ProductType,
    pageSize: Int? = null,
    pageNo: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesFundingHistoryRequest = FuturesFundingHistoryRequest(symbol, productType, pageSize, pageNo, extraParams)

/** Builds a [FuturesSymbolFilterRequest], checked on construction. */
public fun futuresSymbolFilterRequest(
    symbol: String? = null,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSymbolFilterRequest = FuturesSymbolFilterRequest(symbol, productType, extraParams)
