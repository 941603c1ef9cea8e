// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("FuturesPositionRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.futures.FuturesAdlRankRequest
import io.github.bitget4j.model.v2.futures.FuturesHistoricPositionsRequest
import io.github.bitget4j.model.v2.futures.FuturesPositionRequest
import io.github.bitget4j.model.v2.futures.FuturesPositionsRequest
import io.github.bitget4j.model.v2.futures.ProductType
import java.time.Instant

/** Builds a [FuturesPositionRequest], checked on construction. */
public fun futuresPositionRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesPositionRequest = FuturesPositionRequest(symbol, productType, marginCoin, extraParams)

/** Builds a [FuturesPositionsRequest], checked on construction. */
public fun futuresPositionsRequest(
    productType: ProductType,
    marginCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesPositionsRequest = FuturesPositionsRequest(productType, marginCoin, extraParams)

/** Builds a [FuturesHistoricPositionsRequest], checked on construction. */
public fun futuresHistoricPositionsRequest(
    symbol: String? = null,
    productType: ProductType? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricPositionsRequest = FuturesHistoricPositionsRequest(symbol, productType, idLessThan, startTime, endTime, limit, extraParams)

/** Builds a [FuturesAdlRankRequest], checked on construction. */
public fun futuresAdlRankRequest(
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesAdlRankRequest = FuturesAdlRankRequest(productType, extraParams)
