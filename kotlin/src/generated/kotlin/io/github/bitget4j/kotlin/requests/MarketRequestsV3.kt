// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("MarketRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.CandleType
import io.github.bitget4j.model.v3.CandlesRequest
import io.github.bitget4j.model.v3.Category
import io.github.bitget4j.model.v3.InstrumentsRequest
import io.github.bitget4j.model.v3.OrderBookRequest
import io.github.bitget4j.model.v3.TickersRequest
import io.github.bitget4j.model.v3.UtaCashDividendRecordsRequest
import io.github.bitget4j.model.v3.UtaCurrentFundingRateRequest
import io.github.bitget4j.model.v3.UtaDividendType
import io.github.bitget4j.model.v3.UtaFeeGroup
import io.github.bitget4j.model.v3.UtaFeeGroupCategory
import io.github.bitget4j.model.v3.UtaFeeGroupRequest
import io.github.bitget4j.model.v3.UtaFuturesDataPeriod
import io.github.bitget4j.model.v3.UtaFuturesDataRequest
import io.github.bitget4j.model.v3.UtaFuturesSymbolsRequest
import io.github.bitget4j.model.v3.UtaHistoryFundingRateRequest
import io.github.bitget4j.model.v3.UtaLiquidationsRequest
import io.github.bitget4j.model.v3.UtaMarginDataPeriod
import io.github.bitget4j.model.v3.UtaMarginDataRequest
import io.github.bitget4j.model.v3.UtaMarginIsolatedBorrowRequest
import io.github.bitget4j.model.v3.UtaMarginLoansRequest
import io.github.bitget4j.model.v3.UtaPositionTierRequest
import io.github.bitget4j.model.v3.UtaPublicFillsRequest
import io.github.bitget4j.model.v3.UtaRiskReserveAllRequest
import io.github.bitget4j.model.v3.UtaRiskReserveRequest
import io.github.bitget4j.model.v3.UtaScoreWeightsRequest
import io.github.bitget4j.model.v3.UtaSpotFundFlowRequest
import io.github.bitget4j.model.v3.UtaSymbolRequest

/**
 * Builds a [InstrumentsRequest], checked on construction: Parameters of the V3 instruments (symbol rules) query.
 *
 * @param category the product line (required, sent as `category`)
 * @param symbol one symbol, e.g. BTCUSDT; unset for all of the category (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun instrumentsRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): InstrumentsRequest = InstrumentsRequest(category, symbol, extraParams)

/**
 * Builds a [TickersRequest], checked on construction: Parameters of the V3 tickers query.
 *
 * @param category the product line (not MARGIN) (required, sent as `category`)
 * @param symbol one symbol, e.g. BTCUSDT; unset for all of the category (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun tickersRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TickersRequest = TickersRequest(category, symbol, extraParams)

/**
 * Builds a [CandlesRequest], checked on construction: Parameters of the V3 candlestick query.
 *
 * @param category the product line (not MARGIN) (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param interval candle width as Bitget spells it: 1m 3m 5m 15m 30m 1H 4H 6H 12H 1D (required, sent as `interval`)
 * @param startTime earliest candle, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest candle, Unix milliseconds (optional, sent as `endTime`)
 * @param type traded (default), mark or index price (optional, sent as `type`)
 * @param limit at most this many candles (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [OrderBookRequest], checked on construction: Parameters of the V3 order book query.
 *
 * @param category the product line (not MARGIN) (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param limit levels per side (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun orderBookRequest(
    category: Category,
    symbol: String,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): OrderBookRequest = OrderBookRequest(category, symbol, limit, extraParams)

/**
 * Builds a [UtaSymbolRequest], checked on construction: Names one V3 symbol.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSymbolRequest = UtaSymbolRequest(symbol, extraParams)

/**
 * Builds a [UtaFuturesSymbolsRequest], checked on construction: A V3 futures category, optionally narrowed to one symbol.
 *
 * @param category a futures category: USDT-FUTURES, COIN-FUTURES or USDC-FUTURES (required, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset for every symbol of the category (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaFuturesSymbolsRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFuturesSymbolsRequest = UtaFuturesSymbolsRequest(category, symbol, extraParams)

/**
 * Builds a [UtaFuturesDataRequest], checked on construction: Parameters of the V3 futures statistics series.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param period granularity; Bitget's default 5m (optional, sent as `period`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaFuturesDataRequest(
    symbol: String,
    period: UtaFuturesDataPeriod? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFuturesDataRequest = UtaFuturesDataRequest(symbol, period, extraParams)

/**
 * Builds a [UtaRiskReserveRequest], checked on construction: Parameters of the V3 risk reserve queries.
 *
 * @param category a futures category (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param marginCoin settlement coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaRiskReserveRequest(
    category: Category,
    symbol: String,
    marginCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRiskReserveRequest = UtaRiskReserveRequest(category, symbol, marginCoin, extraParams)

/**
 * Builds a [UtaPublicFillsRequest], checked on construction: Parameters of the V3 recent public trades query.
 *
 * @param category the product line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (optional, sent as `symbol`)
 * @param limit at most this many trades (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaPublicFillsRequest(
    category: Category,
    symbol: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPublicFillsRequest = UtaPublicFillsRequest(category, symbol, limit, extraParams)

/**
 * Builds a [UtaCurrentFundingRateRequest], checked on construction: Parameters of the V3 current funding rate query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param category a futures category, when you want to name it (optional, sent as `category`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCurrentFundingRateRequest(
    symbol: String,
    category: Category? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCurrentFundingRateRequest = UtaCurrentFundingRateRequest(symbol, category, extraParams)

/**
 * Builds a [UtaHistoryFundingRateRequest], checked on construction: Parameters of the V3 funding rate history query.
 *
 * @param category a futures category (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param cursor paging cursor as Bitget documents it; unset for the first page (optional, sent as `cursor`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaHistoryFundingRateRequest(
    category: Category,
    symbol: String,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaHistoryFundingRateRequest = UtaHistoryFundingRateRequest(category, symbol, cursor, limit, extraParams)

/**
 * Builds a [UtaPositionTierRequest], checked on construction: Parameters of the V3 position tier query.
 *
 * @param category MARGIN or a futures category (required, sent as `category`)
 * @param symbol futures: e.g. BTCUSDT (optional, sent as `symbol`)
 * @param coin margin: e.g. BTC (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaPositionTierRequest(
    category: Category,
    symbol: String? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPositionTierRequest = UtaPositionTierRequest(category, symbol, coin, extraParams)

/**
 * Builds a [UtaRiskReserveAllRequest], checked on construction: Parameters of the V3 all-funds risk reserve query.
 *
 * @param category a futures category (required, sent as `category`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaRiskReserveAllRequest(
    category: Category,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRiskReserveAllRequest = UtaRiskReserveAllRequest(category, extraParams)

/**
 * Builds a [UtaLiquidationsRequest], checked on construction: Parameters of the V3 public liquidations query.
 *
 * @param category a futures category (required, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as `symbol`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaLiquidationsRequest(
    category: Category,
    symbol: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLiquidationsRequest = UtaLiquidationsRequest(category, symbol, limit, cursor, extraParams)

/**
 * Builds a [UtaMarginLoansRequest], checked on construction: Parameters of the V3 margin loan query.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaMarginLoansRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMarginLoansRequest = UtaMarginLoansRequest(coin, extraParams)

/**
 * Builds a [UtaFeeGroupRequest], checked on construction: Parameters of the V3 fee group query.
 *
 * @param category SPOT or FUTURES (required, sent as `category`)
 * @param group one group; unset for all (optional, sent as `group`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaFeeGroupRequest(
    category: UtaFeeGroupCategory,
    group: UtaFeeGroup? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFeeGroupRequest = UtaFeeGroupRequest(category, group, extraParams)

/**
 * Builds a [UtaScoreWeightsRequest], checked on construction: Parameters of the V3 score weight query; all optional.
 *
 * @param category SPOT or FUTURES; unset for both (optional, sent as `category`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaScoreWeightsRequest(
    category: UtaFeeGroupCategory? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaScoreWeightsRequest = UtaScoreWeightsRequest(category, extraParams)

/**
 * Builds a [UtaCashDividendRecordsRequest], checked on construction: Parameters of the V3 cash dividend query.
 *
 * @param symbol e.g. AAPLUSDT (required, sent as `symbol`)
 * @param type pending or paid (required, sent as `type`)
 * @param cursor paging cursor as Bitget documents it; unset for the first page (optional, sent as `cursor`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCashDividendRecordsRequest(
    symbol: String,
    type: UtaDividendType,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCashDividendRecordsRequest = UtaCashDividendRecordsRequest(symbol, type, cursor, limit, extraParams)

/**
 * Builds a [UtaSpotFundFlowRequest], checked on construction: Parameters of the V3 spot fund flow query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param period window as Bitget spells it (optional, sent as `period`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSpotFundFlowRequest(
    symbol: String,
    period: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSpotFundFlowRequest = UtaSpotFundFlowRequest(symbol, period, extraParams)

/**
 * Builds a [UtaMarginDataRequest], checked on construction: Parameters of the V3 margin statistics series.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param period window; Bitget's default 24h (optional, sent as `period`)
 * @param coin the coin to measure, e.g. BTC (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaMarginDataRequest(
    symbol: String,
    period: UtaMarginDataPeriod? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMarginDataRequest = UtaMarginDataRequest(symbol, period, coin, extraParams)

/**
 * Builds a [UtaMarginIsolatedBorrowRequest], checked on construction: Parameters of the V3 isolated borrowing ratio series.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param period window; Bitget's default 24h (optional, sent as `period`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaMarginIsolatedBorrowRequest(
    symbol: String,
    period: UtaMarginDataPeriod? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMarginIsolatedBorrowRequest = UtaMarginIsolatedBorrowRequest(symbol, period, extraParams)
