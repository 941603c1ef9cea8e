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

/**
 * Builds a [PlaceOrderRequest], checked on construction: A new V3 order; also one element of a batch placement.
 *
 * @param category the product line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param qty quantity in the base coin (for a spot market buy, the quote amount to spend) (required, greater than 0, sent as `qty`)
 * @param price limit price; required for limit orders (optional, greater than 0, sent as `price`)
 * @param side buy or sell (required, sent as `side`)
 * @param orderType limit or market (required, sent as `orderType`)
 * @param timeInForce how long the order stays live (Bitget's default gtc) (optional, sent as `timeInForce`)
 * @param posSide futures in hedge mode: the position opened or closed (optional, sent as `posSide`)
 * @param clientOid your own id for the order, unique per account (optional, sent as `clientOid`)
 * @param reduceOnly futures: whether the order may only reduce a position (optional, sent as `reduceOnly`)
 * @param marginMode futures: crossed (Bitget's default) or isolated (optional, sent as `marginMode`)
 * @param stpMode self-trade prevention (optional, sent as `stpMode`)
 * @param tpTriggerBy price that triggers the take-profit (optional, sent as `tpTriggerBy`)
 * @param slTriggerBy price that triggers the stop-loss (optional, sent as `slTriggerBy`)
 * @param takeProfit take-profit trigger price (optional, greater than 0, sent as `takeProfit`)
 * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as `stopLoss`)
 * @param tpOrderType order type placed when the take-profit triggers (optional, sent as `tpOrderType`)
 * @param slOrderType order type placed when the stop-loss triggers (optional, sent as `slOrderType`)
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as `tpLimitPrice`)
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as `slLimitPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [CancelOrderRequest], checked on construction: Cancels one V3 order.
 *
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param category the product line, when you want to name it (optional, sent as `category`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun cancelOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    category: Category? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CancelOrderRequest = CancelOrderRequest(orderId, clientOid, category, extraParams)

/**
 * Builds a [OrderInfoRequest], checked on construction: Looks up one V3 order.
 *
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun orderInfoRequest(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): OrderInfoRequest = OrderInfoRequest(orderId, clientOid, extraParams)

/**
 * Builds a [UnfilledOrdersRequest], checked on construction: Parameters of the V3 open orders query; all optional.
 *
 * @param category the product line; unset for all (optional, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as `symbol`)
 * @param startTime earliest creation time, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest creation time, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun unfilledOrdersRequest(
    category: Category? = null,
    symbol: String? = null,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UnfilledOrdersRequest = UnfilledOrdersRequest(category, symbol, startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [UtaBatchModifyItem], checked on construction: One order of a V3 batch modification.
 *
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param qty new quantity (not below the filled quantity) (optional, greater than 0, sent as `qty`)
 * @param price new limit price (optional, greater than 0, sent as `price`)
 * @param autoCancel cancel the order if the change fails (Bitget's default no) (optional, sent as `autoCancel`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBatchModifyItem(
    orderId: String? = null,
    clientOid: String? = null,
    qty: BigDecimal? = null,
    price: BigDecimal? = null,
    autoCancel: UtaAutoCancel? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBatchModifyItem = UtaBatchModifyItem(orderId, clientOid, qty, price, autoCancel, extraParams)

/**
 * Builds a [UtaCancelBatchItem], checked on construction: One order of a V3 batch cancellation; every element must have the same category.
 *
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param category the product line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCancelBatchItem(
    orderId: String? = null,
    clientOid: String? = null,
    category: Category,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelBatchItem = UtaCancelBatchItem(orderId, clientOid, category, symbol, extraParams)

/**
 * Builds a [UtaModifyOrderRequest], checked on construction: Changes one open V3 order; wait for the result before sending another change.
 *
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param qty new quantity in the base coin (optional, greater than 0, sent as `qty`)
 * @param price new limit price (optional, greater than 0, sent as `price`)
 * @param autoCancel cancel the order if the change fails (Bitget's default no) (optional, sent as `autoCancel`)
 * @param symbol e.g. BTCUSDT (optional, sent as `symbol`)
 * @param category the product line (optional, sent as `category`)
 * @param tpTriggerBy price that triggers the take-profit (optional, sent as `tpTriggerBy`)
 * @param slTriggerBy price that triggers the stop-loss (optional, sent as `slTriggerBy`)
 * @param takeProfit new take-profit trigger price (optional, greater than 0, sent as `takeProfit`)
 * @param stopLoss new stop-loss trigger price (optional, greater than 0, sent as `stopLoss`)
 * @param tpOrderType order type placed when the take-profit triggers (optional, sent as `tpOrderType`)
 * @param slOrderType order type placed when the stop-loss triggers (optional, sent as `slOrderType`)
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as `tpLimitPrice`)
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as `slLimitPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaCancelAllOrdersRequest], checked on construction: Which V3 open orders to cancel.
 *
 * @param category the product line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset for the whole category (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCancelAllOrdersRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelAllOrdersRequest = UtaCancelAllOrdersRequest(category, symbol, extraParams)

/**
 * Builds a [UtaClosePositionsRequest], checked on construction: Which V3 futures positions to close at market.
 *
 * @param category a futures category: USDT-FUTURES, COIN-FUTURES or USDC-FUTURES (required, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset to close every position of the category (optional, sent as `symbol`)
 * @param posSide long or short; unset for both sides (optional, sent as `posSide`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaClosePositionsRequest(
    category: Category,
    symbol: String? = null,
    posSide: PositionSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaClosePositionsRequest = UtaClosePositionsRequest(category, symbol, posSide, extraParams)

/**
 * Builds a [UtaHistoryOrdersRequest], checked on construction: Parameters of the V3 order history query; at most 30 days per query.
 *
 * @param category the product line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as `symbol`)
 * @param startTime earliest creation time (at most 90 days back) (optional, sent as `startTime`)
 * @param endTime latest creation time (at most 30 days after startTime) (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaHistoryOrdersRequest(
    category: Category,
    symbol: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaHistoryOrdersRequest = UtaHistoryOrdersRequest(category, symbol, startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [UtaFillsRequest], checked on construction: Parameters of the V3 fill history query; all optional, at most 30 days per query.
 *
 * @param category the product line; unset for all (optional, sent as `category`)
 * @param orderId the fills of one order (optional, sent as `orderId`)
 * @param startTime earliest fill time (at most 90 days back) (optional, sent as `startTime`)
 * @param endTime latest fill time (at most 30 days after startTime) (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaFillsRequest(
    category: Category? = null,
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFillsRequest = UtaFillsRequest(category, orderId, startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [UtaCountdownCancelAllRequest], checked on construction: Arms, resets or disarms the V3 countdown cancel (enabled by Bitget on request).
 *
 * @param countdown seconds, 5 to 60; 0 disarms the switch (required, at least 0, at most 60, sent as `countdown`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCountdownCancelAllRequest(
    countdown: Int,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCountdownCancelAllRequest = UtaCountdownCancelAllRequest(countdown, extraParams)

/**
 * Builds a [UtaRealityOrderRequest], checked on construction: A new V3 order on a Reality stock token pair.
 *
 * @param category SPOT or MARGIN (optional, sent as `category`)
 * @param symbol e.g. rAAPLUSDT (required, sent as `symbol`)
 * @param side buy or sell (required, sent as `side`)
 * @param orderType limit or market (required, sent as `orderType`)
 * @param qty quantity (required, greater than 0, sent as `qty`)
 * @param price limit price; required for limit orders (optional, greater than 0, sent as `price`)
 * @param clientOid your own id for the order (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaCancelRealityOrderRequest], checked on construction: Cancels one V3 Reality stock token order.
 *
 * @param category SPOT or MARGIN (optional, sent as `category`)
 * @param symbol e.g. rAAPLUSDT (required, sent as `symbol`)
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCancelRealityOrderRequest(
    category: Category? = null,
    symbol: String,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelRealityOrderRequest = UtaCancelRealityOrderRequest(category, symbol, orderId, clientOid, extraParams)

/**
 * Builds a [UtaStrategyOrderRequest], checked on construction: A new V3 strategy order; look it up by clientOid before resending an uncertain submit.
 *
 * @param category the product line (take-profit/stop-loss: a futures category) (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param clientOid your own id; Bitget treats a repeat within about six hours as the same order (optional, sent as `clientOid`)
 * @param type tpsl (Bitget's default) or trigger (optional, sent as `type`)
 * @param tpslMode full (Bitget's default) or partial (optional, sent as `tpslMode`)
 * @param qty quantity in the base coin; required for partial and trigger orders (optional, greater than 0, sent as `qty`)
 * @param side trigger orders: buy or sell (optional, sent as `side`)
 * @param posSide the position the order applies to; Bitget requires it for take-profit/stop-loss (optional, sent as `posSide`)
 * @param reduceOnly whether the order may only reduce a position (optional, sent as `reduceOnly`)
 * @param tpTriggerBy price that triggers the take-profit (Bitget's default market) (optional, sent as `tpTriggerBy`)
 * @param slTriggerBy price that triggers the stop-loss (Bitget's default market) (optional, sent as `slTriggerBy`)
 * @param takeProfit take-profit trigger price (optional, greater than 0, sent as `takeProfit`)
 * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as `stopLoss`)
 * @param tpOrderType order type placed when the take-profit triggers (Bitget's default market) (optional, sent as `tpOrderType`)
 * @param slOrderType order type placed when the stop-loss triggers (Bitget's default market) (optional, sent as `slOrderType`)
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as `tpLimitPrice`)
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as `slLimitPrice`)
 * @param triggerBy trigger orders: the price watched (optional, sent as `triggerBy`)
 * @param triggerPrice trigger orders: the trigger price (optional, greater than 0, sent as `triggerPrice`)
 * @param triggerOrderType trigger orders: order type placed when triggered (optional, sent as `triggerOrderType`)
 * @param triggerOrderPrice trigger orders: limit price of that order (optional, greater than 0, sent as `triggerOrderPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaModifyStrategyOrderRequest], checked on construction: Changes one live V3 strategy order.
 *
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param qty quantity in the base coin (required, greater than 0, sent as `qty`)
 * @param tpTriggerBy price that triggers the take-profit (optional, sent as `tpTriggerBy`)
 * @param slTriggerBy price that triggers the stop-loss (optional, sent as `slTriggerBy`)
 * @param takeProfit take-profit trigger price (optional, greater than 0, sent as `takeProfit`)
 * @param stopLoss stop-loss trigger price (optional, greater than 0, sent as `stopLoss`)
 * @param tpOrderType order type placed when the take-profit triggers (optional, sent as `tpOrderType`)
 * @param slOrderType order type placed when the stop-loss triggers (optional, sent as `slOrderType`)
 * @param tpLimitPrice limit price of the take-profit order (optional, greater than 0, sent as `tpLimitPrice`)
 * @param slLimitPrice limit price of the stop-loss order (optional, greater than 0, sent as `slLimitPrice`)
 * @param triggerBy trigger orders: the price watched (optional, sent as `triggerBy`)
 * @param triggerPrice trigger orders: the trigger price (optional, greater than 0, sent as `triggerPrice`)
 * @param triggerOrderType trigger orders: order type placed when triggered (optional, sent as `triggerOrderType`)
 * @param triggerOrderPrice trigger orders: limit price of that order (optional, greater than 0, sent as `triggerOrderPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaStrategyOrderRef], checked on construction: Names one V3 strategy order.
 *
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStrategyOrderRef(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStrategyOrderRef = UtaStrategyOrderRef(orderId, clientOid, extraParams)

/**
 * Builds a [UtaStrategyOrdersRequest], checked on construction: Parameters of the V3 live strategy orders query.
 *
 * @param category the product line (required, sent as `category`)
 * @param type tpsl or trigger; unset for both (optional, sent as `type`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStrategyOrdersRequest(
    category: Category,
    type: UtaStrategyType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStrategyOrdersRequest = UtaStrategyOrdersRequest(category, type, extraParams)

/**
 * Builds a [UtaStrategyHistoryRequest], checked on construction: Parameters of the V3 strategy order history query.
 *
 * @param category the product line (required, sent as `category`)
 * @param type tpsl or trigger; unset for both (optional, sent as `type`)
 * @param startTime earliest creation time (optional, sent as `startTime`)
 * @param endTime latest creation time (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStrategyHistoryRequest(
    category: Category,
    type: UtaStrategyType? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStrategyHistoryRequest = UtaStrategyHistoryRequest(category, type, startTime, endTime, limit, cursor, extraParams)
