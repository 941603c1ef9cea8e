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

/**
 * Builds a [SpotTickerRequest], checked on construction: Parameters of the V2 spot ticker query.
 *
 * @param symbol e.g. BTCUSDT; unset for every symbol (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotTickerRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotTickerRequest = SpotTickerRequest(symbol, extraParams)

/**
 * Builds a [SpotCandlesRequest], checked on construction: Parameters of the V2 spot candlestick query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param granularity 1min 3min 5min 15min 30min 1h 4h 6h 12h 1day 3day 1week 1M, or 6Hutc 12Hutc 1Dutc 3Dutc 1Wutc 1Mutc (required, sent as `granularity`)
 * @param startTime earliest candle, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest candle, Unix milliseconds (optional, sent as `endTime`)
 * @param limit at most this many candles (Bitget's default 100, maximum 1000) (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCandlesRequest(
    symbol: String,
    granularity: String,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCandlesRequest = SpotCandlesRequest(symbol, granularity, startTime, endTime, limit, extraParams)

/**
 * Builds a [SpotOrderBookRequest], checked on construction: Parameters of the V2 spot order book (merged depth) query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param type price aggregation step, step0 (none, Bitget's default) to step5 (optional, sent as `type`)
 * @param limit levels per side (Bitget's default 100, maximum 150) (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotOrderBookRequest(
    symbol: String,
    type: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotOrderBookRequest = SpotOrderBookRequest(symbol, type, limit, extraParams)

/**
 * Builds a [SpotCoinRequest], checked on construction: Parameters of the V2 spot coin query.
 *
 * @param coin e.g. BTC; unset for every coin (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCoinRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCoinRequest = SpotCoinRequest(coin, extraParams)

/**
 * Builds a [SpotSymbolFilterRequest], checked on construction: Parameters of the V2 spot symbol query.
 *
 * @param symbol e.g. BTCUSDT; unset for every symbol (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotSymbolFilterRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSymbolFilterRequest = SpotSymbolFilterRequest(symbol, extraParams)

/**
 * Builds a [SpotMergeDepthRequest], checked on construction: Parameters of the V2 spot merged depth query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param precision grouping step; a step the symbol lacks falls back to its largest (optional, sent as `precision`)
 * @param limit levels per side: 1, 5, 15, 50 or max (Bitget's default 100) (optional, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotMergeDepthRequest(
    symbol: String,
    precision: SpotMergePrecision? = null,
    limit: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotMergeDepthRequest = SpotMergeDepthRequest(symbol, precision, limit, extraParams)

/**
 * Builds a [SpotHistoricCandlesRequest], checked on construction: Parameters of the V2 spot historic candlestick query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param granularity as for getSpotCandles, e.g. 1min, 1h, 1day, 1Dutc (required, sent as `granularity`)
 * @param endTime candles before this time (optional, sent as `endTime`)
 * @param limit at most this many candles (Bitget's default 100) (optional, greater than 0, at most 200, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotHistoricCandlesRequest(
    symbol: String,
    granularity: String,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotHistoricCandlesRequest = SpotHistoricCandlesRequest(symbol, granularity, endTime, limit, extraParams)

/**
 * Builds a [SpotRecentTradesRequest], checked on construction: Parameters of the V2 spot recent trades query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param limit at most this many trades (Bitget's default 100) (optional, greater than 0, at most 500, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotRecentTradesRequest(
    symbol: String,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotRecentTradesRequest = SpotRecentTradesRequest(symbol, limit, extraParams)

/**
 * Builds a [SpotHistoricTradesRequest], checked on construction: Parameters of the V2 spot historic trades query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param limit page size (Bitget's default 500) (optional, greater than 0, at most 1000, sent as `limit`)
 * @param idLessThan paging: only trades older than this tradeId (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 7 days after startTime (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotHistoricTradesRequest(
    symbol: String,
    limit: Int? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotHistoricTradesRequest = SpotHistoricTradesRequest(symbol, limit, idLessThan, startTime, endTime, extraParams)

/**
 * Builds a [SpotSymbolRequest], checked on construction: Names one V2 spot symbol.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotSymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSymbolRequest = SpotSymbolRequest(symbol, extraParams)

/**
 * Builds a [SpotFundFlowRequest], checked on construction: Parameters of the V2 spot fund flow query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param period window, e.g. 15m 30m 1h 2h 4h 1d (Bitget's default 15m) (optional, sent as `period`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotFundFlowRequest(
    symbol: String,
    period: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotFundFlowRequest = SpotFundFlowRequest(symbol, period, extraParams)
