// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("FuturesTradeRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.Side
import io.github.bitget4j.model.StpMode
import io.github.bitget4j.model.TimeInForce
import io.github.bitget4j.model.v2.futures.FuturesBatchCancelRequest
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderItem
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesCancelAllRequest
import io.github.bitget4j.model.v2.futures.FuturesCancelOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesCancelPlanOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesFillsRequest
import io.github.bitget4j.model.v2.futures.FuturesFlashCloseRequest
import io.github.bitget4j.model.v2.futures.FuturesHistoricOrdersRequest
import io.github.bitget4j.model.v2.futures.FuturesHistoricPlanOrdersRequest
import io.github.bitget4j.model.v2.futures.FuturesHoldSide
import io.github.bitget4j.model.v2.futures.FuturesModifyOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesModifyPlanOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesModifyTpslRequest
import io.github.bitget4j.model.v2.futures.FuturesOpenOrdersRequest
import io.github.bitget4j.model.v2.futures.FuturesOrderDetailRequest
import io.github.bitget4j.model.v2.futures.FuturesOrderRef
import io.github.bitget4j.model.v2.futures.FuturesOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesOrderSource
import io.github.bitget4j.model.v2.futures.FuturesPendingStatus
import io.github.bitget4j.model.v2.futures.FuturesPlanOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesPlanOrderType
import io.github.bitget4j.model.v2.futures.FuturesPlanOrdersRequest
import io.github.bitget4j.model.v2.futures.FuturesPlanQueryType
import io.github.bitget4j.model.v2.futures.FuturesPlanStatus
import io.github.bitget4j.model.v2.futures.FuturesPlanType
import io.github.bitget4j.model.v2.futures.FuturesPositionTpslRequest
import io.github.bitget4j.model.v2.futures.FuturesReduceOnly
import io.github.bitget4j.model.v2.futures.FuturesReversalRequest
import io.github.bitget4j.model.v2.futures.FuturesTpslHoldSide
import io.github.bitget4j.model.v2.futures.FuturesTpslOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesTpslPlanType
import io.github.bitget4j.model.v2.futures.FuturesTpslTriggerType
import io.github.bitget4j.model.v2.futures.FuturesTradeSide
import io.github.bitget4j.model.v2.futures.FuturesTriggerSubOrderRequest
import io.github.bitget4j.model.v2.futures.FuturesTriggerType
import io.github.bitget4j.model.v2.futures.ProductType
import io.github.bitget4j.model.v3.MarginMode
import java.math.BigDecimal
import java.time.Instant

/** Builds a [FuturesBatchOrderItem], checked on construction: One order inside a batch place call. */
public fun futuresBatchOrderItem(
    size: BigDecimal,
    price: BigDecimal? = null,
    side: Side,
    tradeSide: FuturesTradeSide? = null,
    orderType: OrderType,
    force: TimeInForce? = null,
    clientOid: String? = null,
    reduceOnly: FuturesReduceOnly? = null,
    presetStopSurplusPrice: BigDecimal? = null,
    presetStopLossPrice: BigDecimal? = null,
    stpMode: StpMode? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesBatchOrderItem = FuturesBatchOrderItem(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, extraParams)

/** Builds a [FuturesOrderRef], checked on construction: One order to cancel, by id or client id. */
public fun futuresOrderRef(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOrderRef = FuturesOrderRef(orderId, clientOid, extraParams)

/** Builds a [FuturesOrderRequest], checked on construction. */
public fun futuresOrderRequest(
    symbol: String,
    productType: ProductType,
    marginMode: MarginMode,
    marginCoin: String,
    size: BigDecimal,
    price: BigDecimal? = null,
    side: Side,
    tradeSide: FuturesTradeSide? = null,
    orderType: OrderType,
    force: TimeInForce? = null,
    clientOid: String? = null,
    reduceOnly: FuturesReduceOnly? = null,
    presetStopSurplusPrice: BigDecimal? = null,
    presetStopLossPrice: BigDecimal? = null,
    stpMode: StpMode? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOrderRequest = FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide, orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice, stpMode, extraParams)

/** Builds a [FuturesReversalRequest], checked on construction. */
public fun futuresReversalRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    size: BigDecimal,
    side: Side? = null,
    tradeSide: FuturesTradeSide? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesReversalRequest = FuturesReversalRequest(symbol, productType, marginCoin, size, side, tradeSide, clientOid, extraParams)

/** Builds a [FuturesBatchOrderRequest], checked on construction. */
public fun futuresBatchOrderRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    marginMode: MarginMode,
    orderList: List<FuturesBatchOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesBatchOrderRequest = FuturesBatchOrderRequest(symbol, productType, marginCoin, marginMode, orderList, extraParams)

/** Builds a [FuturesModifyOrderRequest], checked on construction: a new price and size must be sent together. */
public fun futuresModifyOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    newClientOid: String,
    newSize: BigDecimal? = null,
    newPrice: BigDecimal? = null,
    newPresetStopSurplusPrice: BigDecimal? = null,
    newPresetStopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesModifyOrderRequest = FuturesModifyOrderRequest(orderId, clientOid, symbol, productType, marginCoin, newClientOid, newSize, newPrice, newPresetStopSurplusPrice, newPresetStopLossPrice, extraParams)

/** Builds a [FuturesCancelOrderRequest], checked on construction. */
public fun futuresCancelOrderRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String? = null,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCancelOrderRequest = FuturesCancelOrderRequest(symbol, productType, marginCoin, orderId, clientOid, extraParams)

/** Builds a [FuturesBatchCancelRequest], checked on construction. */
public fun futuresBatchCancelRequest(
    orderIdList: List<FuturesOrderRef>? = null,
    symbol: String? = null,
    productType: ProductType,
    marginCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesBatchCancelRequest = FuturesBatchCancelRequest(orderIdList, symbol, productType, marginCoin, extraParams)

/** Builds a [FuturesFlashCloseRequest], checked on construction. */
public fun futuresFlashCloseRequest(
    symbol: String? = null,
    productType: ProductType,
    holdSide: FuturesHoldSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesFlashCloseRequest = FuturesFlashCloseRequest(symbol, productType, holdSide, extraParams)

/** Builds a [FuturesOrderDetailRequest], checked on construction. */
public fun futuresOrderDetailRequest(
    symbol: String,
    productType: ProductType,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOrderDetailRequest = FuturesOrderDetailRequest(symbol, productType, orderId, clientOid, extraParams)

/** Builds a [FuturesFillsRequest], checked on construction. */
public fun futuresFillsRequest(
    orderId: String? = null,
    symbol: String? = null,
    productType: ProductType,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesFillsRequest = FuturesFillsRequest(orderId, symbol, productType, idLessThan, startTime, endTime, limit, extraParams)

/** Builds a [FuturesOpenOrdersRequest], checked on construction. */
public fun futuresOpenOrdersRequest(
    orderId: String? = null,
    clientOid: String? = null,
    symbol: String? = null,
    productType: ProductType,
    status: FuturesPendingStatus? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOpenOrdersRequest = FuturesOpenOrdersRequest(orderId, clientOid, symbol, productType, status, idLessThan, startTime, endTime, limit, extraParams)

/** Builds a [FuturesHistoricOrdersRequest], checked on construction. */
public fun futuresHistoricOrdersRequest(
    orderId: String? = null,
    clientOid: String? = null,
    symbol: String? = null,
    productType: ProductType,
    idLessThan: String? = null,
    orderSource: FuturesOrderSource? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricOrdersRequest = FuturesHistoricOrdersRequest(orderId, clientOid, symbol, productType, idLessThan, orderSource, startTime, endTime, limit, extraParams)

/** Builds a [FuturesCancelAllRequest], checked on construction. */
public fun futuresCancelAllRequest(
    symbol: String? = null,
    productType: ProductType,
    marginCoin: String? = null,
    requestTime: Instant? = null,
    receiveWindow: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCancelAllRequest = FuturesCancelAllRequest(symbol, productType, marginCoin, requestTime, receiveWindow, extraParams)

/** Builds a [FuturesTriggerSubOrderRequest], checked on construction. */
public fun futuresTriggerSubOrderRequest(
    planType: FuturesPlanOrderType,
    planOrderId: String,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesTriggerSubOrderRequest = FuturesTriggerSubOrderRequest(planType, planOrderId, productType, extraParams)

/** Builds a [FuturesTpslOrderRequest], checked on construction. */
public fun futuresTpslOrderRequest(
    marginCoin: String,
    productType: ProductType,
    symbol: String,
    planType: FuturesTpslPlanType,
    triggerPrice: BigDecimal,
    triggerType: FuturesTriggerType? = null,
    executePrice: BigDecimal? = null,
    holdSide: FuturesTpslHoldSide,
    size: BigDecimal? = null,
    rangeRate: BigDecimal? = null,
    clientOid: String? = null,
    stpMode: StpMode? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesTpslOrderRequest = FuturesTpslOrderRequest(marginCoin, productType, symbol, planType, triggerPrice, triggerType, executePrice, holdSide, size, rangeRate, clientOid, stpMode, extraParams)

/** Builds a [FuturesPositionTpslRequest], checked on construction. */
public fun futuresPositionTpslRequest(
    marginCoin: String,
    productType: ProductType,
    symbol: String,
    stopSurplusTriggerPrice: BigDecimal? = null,
    stopSurplusSize: BigDecimal? = null,
    stopSurplusTriggerType: FuturesTriggerType? = null,
    stopSurplusExecutePrice: BigDecimal? = null,
    stopLossTriggerPrice: BigDecimal? = null,
    stopLossSize: BigDecimal? = null,
    stopLossTriggerType: FuturesTriggerType? = null,
    stopLossExecutePrice: BigDecimal? = null,
    holdSide: FuturesTpslHoldSide,
    stpMode: StpMode? = null,
    stopSurplusClientOid: String? = null,
    stopLossClientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesPositionTpslRequest = FuturesPositionTpslRequest(marginCoin, productType, symbol, stopSurplusTriggerPrice, stopSurplusSize, stopSurplusTriggerType, stopSurplusExecutePrice, stopLossTriggerPrice, stopLossSize, stopLossTriggerType, stopLossExecutePrice, holdSide, stpMode, stopSurplusClientOid, stopLossClientOid, extraParams)

/** Builds a [FuturesPlanOrderRequest], checked on construction. */
public fun futuresPlanOrderRequest(
    planType: FuturesPlanOrderType,
    symbol: String,
    productType: ProductType,
    marginMode: MarginMode,
    marginCoin: String,
    size: BigDecimal,
    price: BigDecimal? = null,
    callbackRatio: BigDecimal? = null,
    triggerPrice: BigDecimal,
    triggerType: FuturesTriggerType,
    side: Side,
    tradeSide: FuturesTradeSide? = null,
    orderType: OrderType,
    clientOid: String? = null,
    reduceOnly: FuturesReduceOnly? = null,
    stopSurplusTriggerPrice: BigDecimal? = null,
    stopSurplusExecutePrice: BigDecimal? = null,
    stopSurplusTriggerType: FuturesTpslTriggerType? = null,
    stopLossTriggerPrice: BigDecimal? = null,
    stopLossExecutePrice: BigDecimal? = null,
    stopLossTriggerType: FuturesTpslTriggerType? = null,
    stpMode: StpMode? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesPlanOrderRequest = FuturesPlanOrderRequest(planType, symbol, productType, marginMode, marginCoin, size, price, callbackRatio, triggerPrice, triggerType, side, tradeSide, orderType, clientOid, reduceOnly, stopSurplusTriggerPrice, stopSurplusExecutePrice, stopSurplusTriggerType, stopLossTriggerPrice, stopLossExecutePrice, stopLossTriggerType, stpMode, extraParams)

/** Builds a [FuturesModifyTpslRequest], checked on construction. */
public fun futuresModifyTpslRequest(
    orderId: String? = null,
    clientOid: String? = null,
    marginCoin: String,
    productType: ProductType,
    symbol: String,
    triggerPrice: BigDecimal,
    triggerType: FuturesTriggerType? = null,
    executePrice: BigDecimal? = null,
    size: BigDecimal? = null,
    rangeRate: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesModifyTpslRequest = FuturesModifyTpslRequest(orderId, clientOid, marginCoin, productType, symbol, triggerPrice, triggerType, executePrice, size, rangeRate, extraParams)

/** Builds a [FuturesModifyPlanOrderRequest], checked on construction. */
public fun futuresModifyPlanOrderRequest(
    planType: FuturesPlanOrderType,
    orderId: String? = null,
    clientOid: String? = null,
    symbol: String,
    productType: ProductType,
    newSize: BigDecimal? = null,
    newPrice: BigDecimal? = null,
    newCallbackRatio: BigDecimal? = null,
    newTriggerPrice: BigDecimal? = null,
    newTriggerType: FuturesTriggerType? = null,
    newStopSurplusTriggerPrice: BigDecimal? = null,
    newStopSurplusExecutePrice: BigDecimal? = null,
    newStopSurplusTriggerType: FuturesTpslTriggerType? = null,
    newStopLossTriggerPrice: BigDecimal? = null,
    newStopLossExecutePrice: BigDecimal? = null,
    newStopLossTriggerType: FuturesTpslTriggerType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesModifyPlanOrderRequest = FuturesModifyPlanOrderRequest(planType, orderId, clientOid, symbol, productType, newSize, newPrice, newCallbackRatio, newTriggerPrice, newTriggerType, newStopSurplusTriggerPrice, newStopSurplusExecutePrice, newStopSurplusTriggerType, newStopLossTriggerPrice, newStopLossExecutePrice, newStopLossTriggerType, extraParams)

/** Builds a [FuturesPlanOrdersRequest], checked on construction. */
public fun futuresPlanOrdersRequest(
    orderId: String? = null,
    clientOid: String? = null,
    symbol: String? = null,
    planType: FuturesPlanQueryType,
    productType: ProductType,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesPlanOrdersRequest = FuturesPlanOrdersRequest(orderId, clientOid, symbol, planType, productType, idLessThan, startTime, endTime, limit, extraParams)

/** Builds a [FuturesCancelPlanOrderRequest], checked on construction. */
public fun futuresCancelPlanOrderRequest(
    orderIdList: List<FuturesOrderRef>? = null,
    symbol: String? = null,
    productType: ProductType,
    marginCoin: String? = null,
    planType: FuturesPlanType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCancelPlanOrderRequest = FuturesCancelPlanOrderRequest(orderIdList, symbol, productType, marginCoin, planType, extraParams)

/** Builds a [FuturesHistoricPlanOrdersRequest], checked on construction. */
public fun futuresHistoricPlanOrdersRequest(
    orderId: String? = null,
    clientOid: String? = null,
    planType: FuturesPlanQueryType,
    planStatus: FuturesPlanStatus? = null,
    symbol: String? = null,
    productType: ProductType,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesHistoricPlanOrdersRequest = FuturesHistoricPlanOrdersRequest(orderId, clientOid, planType, planStatus, symbol, productType, idLessThan, startTime, endTime, limit, extraParams)
