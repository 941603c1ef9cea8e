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
import java.math.BigDecimal

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
