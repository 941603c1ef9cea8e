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

/**
 * Builds a [FuturesDataRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param period e.g. 5m, 15m, 1h, 4h, 1d; default 5m (optional, sent as `period`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresDataRequest(
    symbol: String,
    period: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesDataRequest = FuturesDataRequest(symbol, period, extraParams)

/**
 * Builds a [FuturesCoinDataRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param period e.g. 5m, 1h, 1d (optional, sent as `period`)
 * @param coin base or quote coin of the symbol (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresCoinDataRequest(
    symbol: String,
    period: String? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCoinDataRequest = FuturesCoinDataRequest(symbol, period, coin, extraParams)

/**
 * Builds a [FuturesCoinRequest], checked on construction.
 *
 * @param coin coin, e.g. USDT (required, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresCoinRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCoinRequest = FuturesCoinRequest(coin, extraParams)

/**
 * Builds a [FuturesMergeDepthRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param precision default scale0 (optional, sent as `precision`)
 * @param limit default 100 levels (optional, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresMergeDepthRequest(
    symbol: String,
    productType: ProductType,
    precision: FuturesDepthPrecision? = null,
    limit: FuturesDepthLimit? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesMergeDepthRequest = FuturesMergeDepthRequest(symbol, productType, precision, limit, extraParams)

/**
 * Builds a [FuturesTickerRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresTickerRequest(
    symbol: String,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesTickerRequest = FuturesTickerRequest(symbol, productType, extraParams)

/**
 * Builds a [FuturesRecentTradesRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresRecentTradesRequest(
    symbol: String,
    productType: ProductType,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesRecentTradesRequest = FuturesRecentTradesRequest(symbol, productType, limit, extraParams)

/**
 * Builds a [FuturesHistoricTradesRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param limit default 500 (optional, greater than 0, at most 1000, sent as `limit`)
 * @param idLessThan tradeId to page back from (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresHistoricTradesRequest(
    symbol: String,
    productType: ProductType,
    limit: Int? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricTradesRequest = FuturesHistoricTradesRequest(symbol, productType, limit, idLessThan, startTime, endTime, extraParams)

/**
 * Builds a [FuturesCandlesRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param granularity granularity, one of `1m`, `3m`, `5m`, `15m`, `30m`, `1H`, `4H`, `6H` and 11 more (required, sent as `granularity`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param kLineType default MARKET (optional, sent as `kLineType`)
 * @param limit default 100 (optional, greater than 0, at most 1000, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesHistoricCandlesRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param granularity granularity, one of `1m`, `3m`, `5m`, `15m`, `30m`, `1H`, `4H`, `6H` and 11 more (required, sent as `granularity`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 100 (optional, greater than 0, at most 200, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresHistoricCandlesRequest(
    symbol: String,
    productType: ProductType,
    granularity: FuturesGranularity,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricCandlesRequest = FuturesHistoricCandlesRequest(symbol, productType, granularity, startTime, endTime, limit, extraParams)

/**
 * Builds a [FuturesFundingHistoryRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param pageSize default 20 (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param pageNo from 1 (optional, greater than 0, sent as `pageNo`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresFundingHistoryRequest(
    symbol: String,
    productType: ProductType,
    pageSize: Int? = null,
    pageNo: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesFundingHistoryRequest = FuturesFundingHistoryRequest(symbol, productType, pageSize, pageNo, extraParams)

/**
 * Builds a [FuturesSymbolFilterRequest], checked on construction.
 *
 * @param symbol omit for every contract of the product type (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresSymbolFilterRequest(
    symbol: String? = null,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSymbolFilterRequest = FuturesSymbolFilterRequest(symbol, productType, extraParams)
