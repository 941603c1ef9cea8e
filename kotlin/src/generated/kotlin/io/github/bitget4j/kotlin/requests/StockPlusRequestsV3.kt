// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("StockPlusRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaStockPlusAccountRequest
import io.github.bitget4j.model.v3.UtaStockPlusCancelOrderRequest
import io.github.bitget4j.model.v3.UtaStockPlusCandlesRequest
import io.github.bitget4j.model.v3.UtaStockPlusCashFlowRequest
import io.github.bitget4j.model.v3.UtaStockPlusHistoryCandlesRequest
import io.github.bitget4j.model.v3.UtaStockPlusHistoryExecutionsRequest
import io.github.bitget4j.model.v3.UtaStockPlusHistoryOrdersRequest
import io.github.bitget4j.model.v3.UtaStockPlusModifyOrderRequest
import io.github.bitget4j.model.v3.UtaStockPlusOptionChainRequest
import io.github.bitget4j.model.v3.UtaStockPlusOrderIdRequest
import io.github.bitget4j.model.v3.UtaStockPlusOrderType
import io.github.bitget4j.model.v3.UtaStockPlusOutsideRth
import io.github.bitget4j.model.v3.UtaStockPlusPlaceOrderRequest
import io.github.bitget4j.model.v3.UtaStockPlusPositionRequest
import io.github.bitget4j.model.v3.UtaStockPlusSide
import io.github.bitget4j.model.v3.UtaStockPlusSymbolRequest
import io.github.bitget4j.model.v3.UtaStockPlusTimeInForce
import io.github.bitget4j.model.v3.UtaStockPlusTodayExecutionsRequest
import io.github.bitget4j.model.v3.UtaStockPlusTodayOrdersRequest
import io.github.bitget4j.model.v3.UtaStockPlusTradesRequest
import io.github.bitget4j.model.v3.UtaStockPlusTransferDirection
import io.github.bitget4j.model.v3.UtaStockPlusTransferRecordsRequest
import io.github.bitget4j.model.v3.UtaStockPlusTransferRequest
import java.math.BigDecimal

/** Builds a [UtaStockPlusPlaceOrderRequest], checked on construction: A new Stock+ order. */
public fun utaStockPlusPlaceOrderRequest(
    symbol: String,
    orderType: UtaStockPlusOrderType,
    side: UtaStockPlusSide,
    submittedQuantity: BigDecimal,
    timeInForce: UtaStockPlusTimeInForce,
    submittedPrice: BigDecimal? = null,
    triggerPrice: BigDecimal? = null,
    limitOffset: BigDecimal? = null,
    trailingAmount: BigDecimal? = null,
    trailingPercent: BigDecimal? = null,
    expireDate: String? = null,
    outsideRth: UtaStockPlusOutsideRth? = null,
    limitDepthLevel: Int? = null,
    triggerCount: Int? = null,
    monitorPrice: BigDecimal? = null,
    remark: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusPlaceOrderRequest = UtaStockPlusPlaceOrderRequest(symbol, orderType, side, submittedQuantity, timeInForce, submittedPrice, triggerPrice, limitOffset, trailingAmount, trailingPercent, expireDate, outsideRth, limitDepthLevel, triggerCount, monitorPrice, remark, extraParams)

/** Builds a [UtaStockPlusCancelOrderRequest], checked on construction: Cancels one Stock+ order. */
public fun utaStockPlusCancelOrderRequest(
    symbol: String,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusCancelOrderRequest = UtaStockPlusCancelOrderRequest(symbol, orderId, clientOid, extraParams)

/** Builds a [UtaStockPlusModifyOrderRequest], checked on construction: Changes one Stock+ order. */
public fun utaStockPlusModifyOrderRequest(
    orderId: String,
    quantity: BigDecimal,
    price: BigDecimal? = null,
    triggerPrice: BigDecimal? = null,
    limitOffset: BigDecimal? = null,
    trailingAmount: BigDecimal? = null,
    trailingPercent: BigDecimal? = null,
    limitDepthLevel: Int? = null,
    triggerCount: Int? = null,
    monitorPrice: BigDecimal? = null,
    remark: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusModifyOrderRequest = UtaStockPlusModifyOrderRequest(orderId, quantity, price, triggerPrice, limitOffset, trailingAmount, trailingPercent, limitDepthLevel, triggerCount, monitorPrice, remark, extraParams)

/** Builds a [UtaStockPlusOrderIdRequest], checked on construction: Names one Stock+ order. */
public fun utaStockPlusOrderIdRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusOrderIdRequest = UtaStockPlusOrderIdRequest(orderId, extraParams)

/** Builds a [UtaStockPlusTodayOrdersRequest], checked on construction: Filters of today's Stock+ orders; all optional. */
public fun utaStockPlusTodayOrdersRequest(
    symbol: String? = null,
    status: String? = null,
    side: UtaStockPlusSide? = null,
    market: String? = null,
    orderId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTodayOrdersRequest = UtaStockPlusTodayOrdersRequest(symbol, status, side, market, orderId, extraParams)

/** Builds a [UtaStockPlusHistoryOrdersRequest], checked on construction: Filters of past Stock+ orders; all optional. */
public fun utaStockPlusHistoryOrdersRequest(
    symbol: String? = null,
    status: String? = null,
    side: UtaStockPlusSide? = null,
    market: String? = null,
    startAt: Long? = null,
    endAt: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusHistoryOrdersRequest = UtaStockPlusHistoryOrdersRequest(symbol, status, side, market, startAt, endAt, extraParams)

/** Builds a [UtaStockPlusTodayExecutionsRequest], checked on construction: Filters of today's fills; all optional. */
public fun utaStockPlusTodayExecutionsRequest(
    symbol: String? = null,
    orderId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTodayExecutionsRequest = UtaStockPlusTodayExecutionsRequest(symbol, orderId, extraParams)

/** Builds a [UtaStockPlusHistoryExecutionsRequest], checked on construction: Filters of past fills; all optional. */
public fun utaStockPlusHistoryExecutionsRequest(
    symbol: String? = null,
    startAt: Long? = null,
    endAt: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusHistoryExecutionsRequest = UtaStockPlusHistoryExecutionsRequest(symbol, startAt, endAt, extraParams)

/** Builds a [UtaStockPlusTransferRequest], checked on construction: One transfer to or from Stock+. */
public fun utaStockPlusTransferRequest(
    coin: String,
    amount: BigDecimal,
    direction: UtaStockPlusTransferDirection,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTransferRequest = UtaStockPlusTransferRequest(coin, amount, direction, extraParams)

/** Builds a [UtaStockPlusTransferRecordsRequest], checked on construction: Filters of the Stock+ transfer history; all optional. */
public fun utaStockPlusTransferRecordsRequest(
    transferId: String? = null,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTransferRecordsRequest = UtaStockPlusTransferRecordsRequest(transferId, startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaStockPlusAccountRequest], checked on construction: Filters of the account query; all optional. */
public fun utaStockPlusAccountRequest(
    currency: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusAccountRequest = UtaStockPlusAccountRequest(currency, extraParams)

/** Builds a [UtaStockPlusCashFlowRequest], checked on construction: Filters of the cash flow query. */
public fun utaStockPlusCashFlowRequest(
    startTime: Long,
    endTime: Long,
    businessType: String? = null,
    symbol: String? = null,
    page: Int? = null,
    size: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusCashFlowRequest = UtaStockPlusCashFlowRequest(startTime, endTime, businessType, symbol, page, size, extraParams)

/** Builds a [UtaStockPlusPositionRequest], checked on construction: Filters of the position query; all optional. */
public fun utaStockPlusPositionRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusPositionRequest = UtaStockPlusPositionRequest(symbol, extraParams)

/** Builds a [UtaStockPlusSymbolRequest], checked on construction: Names one stock or option. */
public fun utaStockPlusSymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusSymbolRequest = UtaStockPlusSymbolRequest(symbol, extraParams)

/** Builds a [UtaStockPlusCandlesRequest], checked on construction: Parameters of the latest candles query. */
public fun utaStockPlusCandlesRequest(
    symbol: String,
    period: String,
    count: Int? = null,
    adjustType: String? = null,
    tradeSessions: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusCandlesRequest = UtaStockPlusCandlesRequest(symbol, period, count, adjustType, tradeSessions, extraParams)

/** Builds a [UtaStockPlusHistoryCandlesRequest], checked on construction: Parameters of the candle history query. */
public fun utaStockPlusHistoryCandlesRequest(
    symbol: String,
    period: String,
    count: Int? = null,
    adjustType: String? = null,
    forward: Boolean? = null,
    time: String? = null,
    tradeSessions: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusHistoryCandlesRequest = UtaStockPlusHistoryCandlesRequest(symbol, period, count, adjustType, forward, time, tradeSessions, extraParams)

/** Builds a [UtaStockPlusTradesRequest], checked on construction: Parameters of the latest trades query. */
public fun utaStockPlusTradesRequest(
    symbol: String,
    count: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTradesRequest = UtaStockPlusTradesRequest(symbol, count, extraParams)

/** Builds a [UtaStockPlusOptionChainRequest], checked on construction: Names a stock and an expiry. */
public fun utaStockPlusOptionChainRequest(
    symbol: String,
    expiryDate: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusOptionChainRequest = UtaStockPlusOptionChainRequest(symbol, expiryDate, extraParams)
