// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("SpotTradeRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.Side
import io.github.bitget4j.model.StpMode
import io.github.bitget4j.model.TimeInForce
import io.github.bitget4j.model.v2.BatchMode
import io.github.bitget4j.model.v2.SpotBatchCancelReplaceRequest
import io.github.bitget4j.model.v2.SpotBatchCancelRequest
import io.github.bitget4j.model.v2.SpotBatchOrderItem
import io.github.bitget4j.model.v2.SpotBatchOrderRequest
import io.github.bitget4j.model.v2.SpotCancelOrderItem
import io.github.bitget4j.model.v2.SpotCancelOrderRequest
import io.github.bitget4j.model.v2.SpotCancelPlanOrderRequest
import io.github.bitget4j.model.v2.SpotCancelPlanOrdersRequest
import io.github.bitget4j.model.v2.SpotCancelReplaceRequest
import io.github.bitget4j.model.v2.SpotCurrentPlanOrdersRequest
import io.github.bitget4j.model.v2.SpotFillsRequest
import io.github.bitget4j.model.v2.SpotHistoricPlanOrdersRequest
import io.github.bitget4j.model.v2.SpotModifyPlanOrderRequest
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest
import io.github.bitget4j.model.v2.SpotOrderInfoRequest
import io.github.bitget4j.model.v2.SpotOrderRequest
import io.github.bitget4j.model.v2.SpotPlanOrderRequest
import io.github.bitget4j.model.v2.SpotPlanSubOrderRequest
import io.github.bitget4j.model.v2.SpotPlanType
import io.github.bitget4j.model.v2.SpotTriggerType
import io.github.bitget4j.model.v2.TpslType
import java.math.BigDecimal
import java.time.Instant

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

/** Builds a [SpotCancelReplaceRequest], checked on construction: Cancels one limit spot order and places a new one in its place. */
public fun spotCancelReplaceRequest(
    symbol: String,
    price: BigDecimal,
    size: BigDecimal,
    orderId: String? = null,
    clientOid: String? = null,
    newClientOid: String? = null,
    presetTakeProfitPrice: BigDecimal? = null,
    executeTakeProfitPrice: BigDecimal? = null,
    presetStopLossPrice: BigDecimal? = null,
    executeStopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelReplaceRequest = SpotCancelReplaceRequest(symbol, price, size, orderId, clientOid, newClientOid, presetTakeProfitPrice, executeTakeProfitPrice, presetStopLossPrice, executeStopLossPrice, extraParams)

/** Builds a [SpotBatchCancelReplaceRequest], checked on construction: Several V2 spot cancel-replace orders. */
public fun spotBatchCancelReplaceRequest(
    orderList: List<SpotCancelReplaceRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBatchCancelReplaceRequest = SpotBatchCancelReplaceRequest(orderList, extraParams)

/** Builds a [SpotCancelOrderItem], checked on construction: One order of a V2 spot batch cancel. */
public fun spotCancelOrderItem(
    symbol: String? = null,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelOrderItem = SpotCancelOrderItem(symbol, orderId, clientOid, extraParams)

/** Builds a [SpotBatchCancelRequest], checked on construction: Cancels several V2 spot orders, all of symbol unless batchMode is multiple. */
public fun spotBatchCancelRequest(
    symbol: String? = null,
    batchMode: BatchMode? = null,
    orderList: List<SpotCancelOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBatchCancelRequest = SpotBatchCancelRequest(symbol, batchMode, orderList, extraParams)

/** Builds a [SpotFillsRequest], checked on construction: Parameters of the V2 spot fills query. */
public fun spotFillsRequest(
    symbol: String? = null,
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotFillsRequest = SpotFillsRequest(symbol, orderId, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [SpotPlanOrderRequest], checked on construction: A new V2 spot plan (trigger) order. */
public fun spotPlanOrderRequest(
    symbol: String,
    side: Side,
    triggerPrice: BigDecimal,
    orderType: OrderType,
    executePrice: BigDecimal? = null,
    planType: SpotPlanType? = null,
    size: BigDecimal,
    triggerType: SpotTriggerType,
    clientOid: String? = null,
    force: TimeInForce? = null,
    stpMode: StpMode? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotPlanOrderRequest = SpotPlanOrderRequest(symbol, side, triggerPrice, orderType, executePrice, planType, size, triggerType, clientOid, force, stpMode, extraParams)

/** Builds a [SpotModifyPlanOrderRequest], checked on construction: New terms of a V2 spot plan order. */
public fun spotModifyPlanOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    triggerPrice: BigDecimal,
    orderType: OrderType,
    executePrice: BigDecimal? = null,
    size: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): SpotModifyPlanOrderRequest = SpotModifyPlanOrderRequest(orderId, clientOid, triggerPrice, orderType, executePrice, size, extraParams)

/** Builds a [SpotCancelPlanOrderRequest], checked on construction: Names one V2 spot plan order. */
public fun spotCancelPlanOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelPlanOrderRequest = SpotCancelPlanOrderRequest(orderId, clientOid, extraParams)

/** Builds a [SpotCurrentPlanOrdersRequest], checked on construction: Parameters of the V2 spot live plan orders query. */
public fun spotCurrentPlanOrdersRequest(
    symbol: String? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCurrentPlanOrdersRequest = SpotCurrentPlanOrdersRequest(symbol, limit, idLessThan, startTime, endTime, extraParams)

/** Builds a [SpotPlanSubOrderRequest], checked on construction: Names one V2 spot plan order. */
public fun spotPlanSubOrderRequest(
    planOrderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotPlanSubOrderRequest = SpotPlanSubOrderRequest(planOrderId, extraParams)

/** Builds a [SpotHistoricPlanOrdersRequest], checked on construction: Parameters of the V2 spot finished plan orders query. */
public fun spotHistoricPlanOrdersRequest(
    symbol: String,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotHistoricPlanOrdersRequest = SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, limit, extraParams)

/** Builds a [SpotCancelPlanOrdersRequest], checked on construction: Which plan orders to cancel; all optional. */
public fun spotCancelPlanOrdersRequest(
    symbolList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelPlanOrdersRequest = SpotCancelPlanOrdersRequest(symbolList, extraParams)
