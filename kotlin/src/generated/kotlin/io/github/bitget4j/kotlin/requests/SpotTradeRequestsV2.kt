// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("SpotTradeRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.Side
import io.github.bitget4j.model.StpMode
import io.github.bitget4j.model.TimeInForce
import io.github.bitget4j.model.v2.BatchMode
import io.github.bitget4j.model.v2.SpotBatchOrderItem
import io.github.bitget4j.model.v2.SpotBatchOrderRequest
import io.github.bitget4j.model.v2.SpotCancelOrderRequest
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest
import io.github.bitget4j.model.v2.SpotOrderInfoRequest
import io.github.bitget4j.model.v2.SpotOrderRequest
import io.github.bitget4j.model.v2.TpslType
import java.math.BigDecimal

/** Builds a [SpotOrderRequest], checked on construction: A new V2 spot order. */
public fun spotOrderRequest(
    symbol: String,
    side: Side,
    orderType: OrderType,
    force: TimeInForce,
    price: BigDecimal? = null,
    size: BigDecimal,
    clientOid: String? = null,
    triggerPrice: BigDecimal? = null,
    tpslType: TpslType? = null,
    requestTime: Long? = null,
    receiveWindow: Long? = null,
    stpMode: StpMode? = null,
    presetTakeProfitPrice: BigDecimal? = null,
    executeTakeProfitPrice: BigDecimal? = null,
    presetStopLossPrice: BigDecimal? = null,
    executeStopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotOrderRequest = SpotOrderRequest(symbol, side, orderType, force, price, size, clientOid, triggerPrice, tpslType, requestTime, receiveWindow, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, extraParams)

/** Builds a [SpotBatchOrderRequest], checked on construction: Several V2 spot orders. In single mode (Bitget's default) every order is for symbol; in multiple mode each names its own. */
public fun spotBatchOrderRequest(
    symbol: String? = null,
    batchMode: BatchMode? = null,
    orderList: List<SpotBatchOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBatchOrderRequest = SpotBatchOrderRequest(symbol, batchMode, orderList, extraParams)

/** Builds a [SpotBatchOrderItem], checked on construction: One order of a V2 spot batch. */
public fun spotBatchOrderItem(
    symbol: String? = null,
    side: Side,
    orderType: OrderType,
    force: TimeInForce,
    price: BigDecimal? = null,
    size: BigDecimal,
    clientOid: String? = null,
    stpMode: StpMode? = null,
    presetTakeProfitPrice: BigDecimal? = null,
    executeTakeProfitPrice: BigDecimal? = null,
    presetStopLossPrice: BigDecimal? = null,
    executeStopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBatchOrderItem = SpotBatchOrderItem(symbol, side, orderType, force, price, size, clientOid, stpMode, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, extraParams)

/** Builds a [SpotCancelOrderRequest], checked on construction: Cancels one V2 spot order. */
public fun spotCancelOrderRequest(
    symbol: String,
    tpslType: TpslType? = null,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelOrderRequest = SpotCancelOrderRequest(symbol, tpslType, orderId, clientOid, extraParams)

/** Builds a [SpotOrderInfoRequest], checked on construction: Looks up one V2 spot order. */
public fun spotOrderInfoRequest(
    orderId: String? = null,
    clientOid: String? = null,
    requestTime: Long? = null,
    receiveWindow: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotOrderInfoRequest = SpotOrderInfoRequest(orderId, clientOid, requestTime, receiveWindow, extraParams)

/** Builds a [SpotOpenOrdersRequest], checked on construction: Parameters of the V2 spot open orders query; all optional. */
public fun spotOpenOrdersRequest(
    symbol: String? = null,
    startTime: Long? = null,
    endTime: Long? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    orderId: String? = null,
    tpslType: TpslType? = null,
    requestTime: Long? = null,
    receiveWindow: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotOpenOrdersRequest = SpotOpenOrdersRequest(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType, requestTime, receiveWindow, extraParams)
