// Generated from codegen/model/v2/futures-position.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("FuturesPositionRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.futures.FuturesAdlRankRequest
import io.github.bitget4j.model.v2.futures.FuturesHistoricPositionsRequest
import io.github.bitget4j.model.v2.futures.FuturesPositionRequest
import io.github.bitget4j.model.v2.futures.FuturesPositionsRequest
import io.github.bitget4j.model.v2.futures.ProductType
import java.time.Instant

/**
 * Builds a [FuturesPositionRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin upper case, e.g. USDT (required, sent as `marginCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresPositionRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesPositionRequest = FuturesPositionRequest(symbol, productType, marginCoin, extraParams)

/**
 * Builds a [FuturesPositionsRequest], checked on construction.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresPositionsRequest(
    productType: ProductType,
    marginCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesPositionsRequest = FuturesPositionsRequest(productType, marginCoin, extraParams)

/**
 * Builds a [FuturesHistoricPositionsRequest], checked on construction.
 *
 * @param symbol when set, productType is ignored (optional, sent as `symbol`)
 * @param productType default USDT-FUTURES (optional, sent as `productType`)
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresHistoricPositionsRequest(
    symbol: String? = null,
    productType: ProductType? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricPositionsRequest = FuturesHistoricPositionsRequest(symbol, productType, idLessThan, startTime, endTime, limit, extraParams)

/**
 * Builds a [FuturesAdlRankRequest], checked on construction.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresAdlRankRequest(
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesAdlRankRequest = FuturesAdlRankRequest(productType, extraParams)
