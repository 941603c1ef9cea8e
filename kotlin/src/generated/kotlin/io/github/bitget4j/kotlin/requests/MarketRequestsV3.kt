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

/** Builds a [UtaSymbolRequest], checked on construction: Names one V3 symbol. */
public fun utaSymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSymbolRequest = UtaSymbolRequest(symbol, extraParams)

/** Builds a [UtaFuturesSymbolsRequest], checked on construction: A V3 futures category, optionally narrowed to one symbol. */
public fun utaFuturesSymbolsRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFuturesSymbolsRequest = UtaFuturesSymbolsRequest(category, symbol, extraParams)

/** Builds a [UtaFuturesDataRequest], checked on construction: Parameters of the V3 futures statistics series. */
public fun utaFuturesDataRequest(
    symbol: String,
    period: UtaFuturesDataPeriod? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFuturesDataRequest = UtaFuturesDataRequest(symbol, period, extraParams)

/** Builds a [UtaRiskReserveRequest], checked on construction: Parameters of the V3 risk reserve queries. */
public fun utaRiskReserveRequest(
    category: Category,
    symbol: String,
    marginCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRiskReserveRequest = UtaRiskReserveRequest(category, symbol, marginCoin, extraParams)

/** Builds a [UtaPublicFillsRequest], checked on construction: Parameters of the V3 recent public trades query. */
public fun utaPublicFillsRequest(
    category: Category,
    symbol: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPublicFillsRequest = UtaPublicFillsRequest(category, symbol, limit, extraParams)

/** Builds a [UtaCurrentFundingRateRequest], checked on construction: Parameters of the V3 current funding rate query. */
public fun utaCurrentFundingRateRequest(
    symbol: String,
    category: Category? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCurrentFundingRateRequest = UtaCurrentFundingRateRequest(symbol, category, extraParams)

/** Builds a [UtaHistoryFundingRateRequest], checked on construction: Parameters of the V3 funding rate history query. */
public fun utaHistoryFundingRateRequest(
    category: Category,
    symbol: String,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaHistoryFundingRateRequest = UtaHistoryFundingRateRequest(category, symbol, cursor, limit, extraParams)

/** Builds a [UtaPositionTierRequest], checked on construction: Parameters of the V3 position tier query. */
public fun utaPositionTierRequest(
    category: Category,
    symbol: String? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPositionTierRequest = UtaPositionTierRequest(category, symbol, coin, extraParams)

/** Builds a [UtaRiskReserveAllRequest], checked on construction: Parameters of the V3 all-funds risk reserve query. */
public fun utaRiskReserveAllRequest(
    category: Category,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRiskReserveAllRequest = UtaRiskReserveAllRequest(category, extraParams)

/** Builds a [UtaLiquidationsRequest], checked on construction: Parameters of the V3 public liquidations query. */
public fun utaLiquidationsRequest(
    category: Category,
    symbol: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLiquidationsRequest = UtaLiquidationsRequest(category, symbol, limit, cursor, extraParams)

/** Builds a [UtaMarginLoansRequest], checked on construction: Parameters of the V3 margin loan query. */
public fun utaMarginLoansRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMarginLoansRequest = UtaMarginLoansRequest(coin, extraParams)

/** Builds a [UtaFeeGroupRequest], checked on construction: Parameters of the V3 fee group query. */
public fun utaFeeGroupRequest(
    category: UtaFeeGroupCategory,
    group: UtaFeeGroup? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFeeGroupRequest = UtaFeeGroupRequest(category, group, extraParams)

/** Builds a [UtaScoreWeightsRequest], checked on construction: Parameters of the V3 score weight query; all optional. */
public fun utaScoreWeightsRequest(
    category: UtaFeeGroupCategory? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaScoreWeightsRequest = UtaScoreWeightsRequest(category, extraParams)

/** Builds a [UtaCashDividendRecordsRequest], checked on construction: Parameters of the V3 cash dividend query. */
public fun utaCashDividendRecordsRequest(
    symbol: String,
    type: UtaDividendType,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCashDividendRecordsRequest = UtaCashDividendRecordsRequest(symbol, type, cursor, limit, extraParams)

/** Builds a [UtaSpotFundFlowRequest], checked on construction: Parameters of the V3 spot fund flow query. */
public fun utaSpotFundFlowRequest(
    symbol: String,
    period: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSpotFundFlowRequest = UtaSpotFundFlowRequest(symbol, period, extraParams)

/** Builds a [UtaMarginDataRequest], checked on construction: Parameters of the V3 margin statistics series. */
public fun utaMarginDataRequest(
    symbol: String,
    period: UtaMarginDataPeriod? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMarginDataRequest = UtaMarginDataRequest(symbol, period, coin, extraParams)

/** Builds a [UtaMarginIsolatedBorrowRequest], checked on construction: Parameters of the V3 isolated borrowing ratio series. */
public fun utaMarginIsolatedBorrowRequest(
    symbol: String,
    period: UtaMarginDataPeriod? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMarginIsolatedBorrowRequest = UtaMarginIsolatedBorrowRequest(symbol, period, extraParams)
