// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("TradeRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.Side
import io.github.bitget4j.model.StpMode
import io.github.bitget4j.model.TimeInForce
import io.github.bitget4j.model.v3.CancelOrderRequest
import io.github.bitget4j.model.v3.Category
import io.github.bitget4j.model.v3.MarginMode
import io.github.bitget4j.model.v3.OrderInfoRequest
import io.github.bitget4j.model.v3.PlaceOrderRequest
import io.github.bitget4j.model.v3.PositionSide
import io.github.bitget4j.model.v3.ReduceOnly
import io.github.bitget4j.model.v3.TriggerBy
import io.github.bitget4j.model.v3.UnfilledOrdersRequest
import io.github.bitget4j.model.v3.UtaAutoCancel
import io.github.bitget4j.model.v3.UtaBatchModifyItem
import io.github.bitget4j.model.v3.UtaCancelAllOrdersRequest
import io.github.bitget4j.model.v3.UtaCancelBatchItem
import io.github.bitget4j.model.v3.UtaCancelRealityOrderRequest
import io.github.bitget4j.model.v3.UtaClosePositionsRequest
import io.github.bitget4j.model.v3.UtaCountdownCancelAllRequest
import io.github.bitget4j.model.v3.UtaFillsRequest
import io.github.bitget4j.model.v3.UtaHistoryOrdersRequest
import io.github.bitget4j.model.v3.UtaModifyOrderRequest
import io.github.bitget4j.model.v3.UtaModifyStrategyOrderRequest
import io.github.bitget4j.model.v3.UtaRealityOrderRequest
import io.github.bitget4j.model.v3.UtaStrategyHistoryRequest
import io.github.bitget4j.model.v3.UtaStrategyOrderRef
import io.github.bitget4j.model.v3.UtaStrategyOrderRequest
import io.github.bitget4j.model.v3.UtaStrategyOrdersRequest
import io.github.bitget4j.model.v3.UtaStrategyType
import io.github.bitget4j.model.v3.UtaTpslMode
import java.math.BigDecimal
import java.time.Instant

/** Builds a [PlaceOrderRequest], checked on construction: A new V3 order; also one element of a batch placement. */
public fun placeOrderRequest(
    category: Category,
    symbol: String,
    qty: BigDecimal,
    price: BigDecimal? = null,
    side: Side,
    orderType: OrderType,
    timeInForce: TimeInForce? = null,
    posSide: PositionSide? = null,
    clientOid: String? = null,
    reduceOnly: ReduceOnly? = null,
    marginMode: MarginMode? = null,
    stpMode: StpMode? = null,
    tpTriggerBy: TriggerBy? = null,
    slTriggerBy: TriggerBy? = null,
    takeProfit: BigDecimal? = null,
    stopLoss: BigDecimal? = null,
    tpOrderType: OrderType? = null,
    slOrderType: OrderType? = null,
    tpLimitPrice: BigDecimal? = null,
    slLimitPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): PlaceOrderRequest = PlaceOrderRequest(category, symbol, qty, price, side, orderType, timeInForce, posSide, clientOid, reduceOnly, marginMode, stpMode, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, extraParams)

/** Builds a [CancelOrderRequest], checked on construction: Cancels one V3 order. */
public fun cancelOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    category: Category? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CancelOrderRequest = CancelOrderRequest(orderId, clientOid, category, extraParams)

/** Builds a [OrderInfoRequest], checked on construction: Looks up one V3 order. */
public fun orderInfoRequest(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): OrderInfoRequest = OrderInfoRequest(orderId, clientOid, extraParams)

/** Builds a [UnfilledOrdersRequest], checked on construction: Parameters of the V3 open orders query; all optional. */
public fun unfilledOrdersRequest(
    category: Category? = null,
    symbol: String? = null,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UnfilledOrdersRequest = UnfilledOrdersRequest(category, symbol, startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaBatchModifyItem], checked on construction: One order of a V3 batch modification. */
public fun utaBatchModifyItem(
    orderId: String? = null,
    clientOid: String? = null,
    qty: BigDecimal? = null,
    price: BigDecimal? = null,
    autoCancel: UtaAutoCancel? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBatchModifyItem = UtaBatchModifyItem(orderId, clientOid, qty, price, autoCancel, extraParams)

/** Builds a [UtaCancelBatchItem], checked on construction: One order of a V3 batch cancellation; every element must have the same category. */
public fun utaCancelBatchItem(
    orderId: String? = null,
    clientOid: String? = null,
    category: Category,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelBatchItem = UtaCancelBatchItem(orderId, clientOid, category, symbol, extraParams)

/** Builds a [UtaModifyOrderRequest], checked on construction: Changes one open V3 order; wait for the result before sending another change. */
public fun utaModifyOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    qty: BigDecimal? = null,
    price: BigDecimal? = null,
    autoCancel: UtaAutoCancel? = null,
    symbol: String? = null,
    category: Category? = null,
    tpTriggerBy: TriggerBy? = null,
    slTriggerBy: TriggerBy? = null,
    takeProfit: BigDecimal? = null,
    stopLoss: BigDecimal? = null,
    tpOrderType: OrderType? = null,
    slOrderType: OrderType? = null,
    tpLimitPrice: BigDecimal? = null,
    slLimitPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaModifyOrderRequest = UtaModifyOrderRequest(orderId, clientOid, qty, price, autoCancel, symbol, category, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, extraParams)

/** Builds a [UtaCancelAllOrdersRequest], checked on construction: Which V3 open orders to cancel. */
public fun utaCancelAllOrdersRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelAllOrdersRequest = UtaCancelAllOrdersRequest(category, symbol, extraParams)

/** Builds a [UtaClosePositionsRequest], checked on construction: Which V3 futures positions to close at market. */
public fun utaClosePositionsRequest(
    category: Category,
    symbol: String? = null,
    posSide: PositionSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaClosePositionsRequest = UtaClosePositionsRequest(category, symbol, posSide, extraParams)

/** Builds a [UtaHistoryOrdersRequest], checked on construction: Parameters of the V3 order history query; at most 30 days per query. */
public fun utaHistoryOrdersRequest(
    category: Category,
    symbol: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaHistoryOrdersRequest = UtaHistoryOrdersRequest(category, symbol, startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaFillsRequest], checked on construction: Parameters of the V3 fill history query; all optional, at most 30 days per query. */
public fun utaFillsRequest(
    category: Category? = null,
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFillsRequest = UtaFillsRequest(category, orderId, startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaCountdownCancelAllRequest], checked on construction: Arms, resets or disarms the V3 countdown cancel (enabled by Bitget on request). */
public fun utaCountdownCancelAllRequest(
    countdown: Int,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCountdownCancelAllRequest = UtaCountdownCancelAllRequest(countdown, extraParams)

/** Builds a [UtaRealityOrderRequest], checked on construction: A new V3 order on a Reality stock token pair. */
public fun utaRealityOrderRequest(
    category: Category? = null,
    symbol: String,
    side: Side,
    orderType: OrderType,
    qty: BigDecimal,
    price: BigDecimal? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRealityOrderRequest = UtaRealityOrderRequest(category, symbol, side, orderType, qty, price, clientOid, extraParams)

/** Builds a [UtaCancelRealityOrderRequest], checked on construction: Cancels one V3 Reality stock token order. */
public fun utaCancelRealityOrderRequest(
    category: Category? = null,
    symbol: String,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelRealityOrderRequest = UtaCancelRealityOrderRequest(category, symbol, orderId, clientOid, extraParams)

/** Builds a [UtaStrategyOrderRequest], checked on construction: A new V3 strategy order; look it up by clientOid before resending an uncertain submit. */
public fun utaStrategyOrderRequest(
    category: Category,
    symbol: String,
    clientOid: String? = null,
    type: UtaStrategyType? = null,
    tpslMode: UtaTpslMode? = null,
    qty: BigDecimal? = null,
    side: Side? = null,
    posSide: PositionSide? = null,
    reduceOnly: ReduceOnly? = null,
    tpTriggerBy: TriggerBy? = null,
    slTriggerBy: TriggerBy? = null,
    takeProfit: BigDecimal? = null,
    stopLoss: BigDecimal? = null,
    tpOrderType: OrderType? = null,
    slOrderType: OrderType? = null,
    tpLimitPrice: BigDecimal? = null,
    slLimitPrice: BigDecimal? = null,
    triggerBy: TriggerBy? = null,
    triggerPrice: BigDecimal? = null,
    triggerOrderType: OrderType? = null,
    triggerOrderPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStrategyOrderRequest = UtaStrategyOrderRequest(category, symbol, clientOid, type, tpslMode, qty, side, posSide, reduceOnly, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, extraParams)

/** Builds a [UtaModifyStrategyOrderRequest], checked on construction: Changes one live V3 strategy order. */
public fun utaModifyStrategyOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    qty: BigDecimal,
    tpTriggerBy: TriggerBy? = null,
    slTriggerBy: TriggerBy? = null,
    takeProfit: BigDecimal? = null,
    stopLoss: BigDecimal? = null,
    tpOrderType: OrderType? = null,
    slOrderType: OrderType? = null,
    tpLimitPrice: BigDecimal? = null,
    slLimitPrice: BigDecimal? = null,
    triggerBy: TriggerBy? = null,
    triggerPrice: BigDecimal? = null,
    triggerOrderType: OrderType? = null,
    triggerOrderPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaModifyStrategyOrderRequest = UtaModifyStrategyOrderRequest(orderId, clientOid, qty, tpTriggerBy, slTriggerBy, takeProfit, stopLoss, tpOrderType, slOrderType, tpLimitPrice, slLimitPrice, triggerBy, triggerPrice, triggerOrderType, triggerOrderPrice, extraParams)

/** Builds a [UtaStrategyOrderRef], checked on construction: Names one V3 strategy order. */
public fun utaStrategyOrderRef(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStrategyOrderRef = UtaStrategyOrderRef(orderId, clientOid, extraParams)

/** Builds a [UtaStrategyOrdersRequest], checked on construction: Parameters of the V3 live strategy orders query. */
public fun utaStrategyOrdersRequest(
    category: Category,
    type: UtaStrategyType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStrategyOrdersRequest = UtaStrategyOrdersRequest(category, type, extraParams)

/** Builds a [UtaStrategyHistoryRequest], checked on construction: Parameters of the V3 strategy order history query. */
public fun utaStrategyHistoryRequest(
    category: Category,
    type: UtaStrategyType? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStrategyHistoryRequest = UtaStrategyHistoryRequest(category, type, startTime, endTime, limit, cursor, extraParams)
