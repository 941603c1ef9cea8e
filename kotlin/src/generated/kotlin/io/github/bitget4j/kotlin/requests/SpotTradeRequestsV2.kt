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

/**
 * Builds a [SpotOrderRequest], checked on construction: A new V2 spot order.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param side buy or sell (required, sent as `side`)
 * @param orderType limit or market (required, sent as `orderType`)
 * @param force time in force; Bitget ignores it for market orders but requires it (required, sent as `force`)
 * @param price limit price; required for limit orders (optional, greater than 0, sent as `price`)
 * @param size quantity in the base coin, except for a market buy: the quote amount to spend (required, greater than 0, sent as `size`)
 * @param clientOid your own id for the order, unique per account (optional, sent as `clientOid`)
 * @param triggerPrice trigger price of a take-profit/stop-loss order (optional, greater than 0, sent as `triggerPrice`)
 * @param tpslType normal (Bitget's default) or tpsl (optional, sent as `tpslType`)
 * @param requestTime when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as `requestTime`)
 * @param receiveWindow how many milliseconds after requestTime the order may still be accepted (optional, sent as `receiveWindow`)
 * @param stpMode self-trade prevention (optional, sent as `stpMode`)
 * @param presetTakeProfitPrice take-profit trigger price attached to the order (optional, sent as `presetTakeProfitPrice`)
 * @param executeTakeProfitPrice take-profit execution price (market when absent) (optional, sent as `executeTakeProfitPrice`)
 * @param presetStopLossPrice stop-loss trigger price attached to the order (optional, sent as `presetStopLossPrice`)
 * @param executeStopLossPrice stop-loss execution price (market when absent) (optional, sent as `executeStopLossPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotBatchOrderRequest], checked on construction: Several V2 spot orders. In single mode (Bitget's default) every order is for symbol; in multiple mode each names its own.
 *
 * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as `symbol`)
 * @param batchMode single (default) or multiple (optional, sent as `batchMode`)
 * @param orderList the orders, at least one (Bitget accepts up to 50) (required, not empty, sent as `orderList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotBatchOrderRequest(
    symbol: String? = null,
    batchMode: BatchMode? = null,
    orderList: List<SpotBatchOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBatchOrderRequest = SpotBatchOrderRequest(symbol, batchMode, orderList, extraParams)

/**
 * Builds a [SpotBatchOrderItem], checked on construction: One order of a V2 spot batch.
 *
 * @param symbol the order's symbol; required only in multiple-mode batches (optional, sent as `symbol`)
 * @param side buy or sell (required, sent as `side`)
 * @param orderType limit or market (required, sent as `orderType`)
 * @param force time in force (required, sent as `force`)
 * @param price limit price; required for limit orders (optional, greater than 0, sent as `price`)
 * @param size quantity in the base coin (quote amount for a market buy) (required, greater than 0, sent as `size`)
 * @param clientOid your own id for the order (optional, sent as `clientOid`)
 * @param stpMode self-trade prevention (optional, sent as `stpMode`)
 * @param presetTakeProfitPrice take-profit trigger price attached to the order (optional, sent as `presetTakeProfitPrice`)
 * @param executeTakeProfitPrice take-profit execution price (optional, sent as `executeTakeProfitPrice`)
 * @param presetStopLossPrice stop-loss trigger price attached to the order (optional, sent as `presetStopLossPrice`)
 * @param executeStopLossPrice stop-loss execution price (optional, sent as `executeStopLossPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotCancelOrderRequest], checked on construction: Cancels one V2 spot order.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param tpslType tpsl to cancel a take-profit/stop-loss order; unset for an ordinary one (optional, sent as `tpslType`)
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCancelOrderRequest(
    symbol: String,
    tpslType: TpslType? = null,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelOrderRequest = SpotCancelOrderRequest(symbol, tpslType, orderId, clientOid, extraParams)

/**
 * Builds a [SpotOrderInfoRequest], checked on construction: Looks up one V2 spot order.
 *
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param requestTime when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as `requestTime`)
 * @param receiveWindow how many milliseconds after requestTime the query may still be served (optional, sent as `receiveWindow`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotOrderInfoRequest(
    orderId: String? = null,
    clientOid: String? = null,
    requestTime: Long? = null,
    receiveWindow: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotOrderInfoRequest = SpotOrderInfoRequest(orderId, clientOid, requestTime, receiveWindow, extraParams)

/**
 * Builds a [SpotOpenOrdersRequest], checked on construction: Parameters of the V2 spot open orders query; all optional.
 *
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as `symbol`)
 * @param startTime earliest creation time, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest creation time, Unix milliseconds (optional, sent as `endTime`)
 * @param idLessThan paging: only orders older than this order id (the last one of the previous page) (optional, sent as `idLessThan`)
 * @param limit page size (Bitget's default and maximum 100) (optional, greater than 0, sent as `limit`)
 * @param orderId one order (optional, sent as `orderId`)
 * @param tpslType normal (default) or tpsl (optional, sent as `tpslType`)
 * @param requestTime when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as `requestTime`)
 * @param receiveWindow how many milliseconds after requestTime the query may still be served (optional, sent as `receiveWindow`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotCancelReplaceRequest], checked on construction: Cancels one limit spot order and places a new one in its place.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param price limit price of the new order (required, greater than 0, sent as `price`)
 * @param size quantity of the new order, base coin (required, greater than 0, sent as `size`)
 * @param orderId the order to cancel, Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid the order to cancel, your id (optional, sent as `clientOid`)
 * @param newClientOid your id for the new order; a duplicate cancels the old order but places nothing (optional, sent as `newClientOid`)
 * @param presetTakeProfitPrice take-profit trigger price of the new order (optional, greater than 0, sent as `presetTakeProfitPrice`)
 * @param executeTakeProfitPrice take-profit execution price (optional, greater than 0, sent as `executeTakeProfitPrice`)
 * @param presetStopLossPrice stop-loss trigger price of the new order (optional, greater than 0, sent as `presetStopLossPrice`)
 * @param executeStopLossPrice stop-loss execution price (optional, greater than 0, sent as `executeStopLossPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotBatchCancelReplaceRequest], checked on construction: Several V2 spot cancel-replace orders.
 *
 * @param orderList the orders, at most 50 (required, not empty, sent as `orderList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotBatchCancelReplaceRequest(
    orderList: List<SpotCancelReplaceRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBatchCancelReplaceRequest = SpotBatchCancelReplaceRequest(orderList, extraParams)

/**
 * Builds a [SpotCancelOrderItem], checked on construction: One order of a V2 spot batch cancel.
 *
 * @param symbol the order's symbol; required only in multiple-mode batches (optional, sent as `symbol`)
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCancelOrderItem(
    symbol: String? = null,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelOrderItem = SpotCancelOrderItem(symbol, orderId, clientOid, extraParams)

/**
 * Builds a [SpotBatchCancelRequest], checked on construction: Cancels several V2 spot orders, all of symbol unless batchMode is multiple.
 *
 * @param symbol the symbol of every order; required unless batchMode is multiple (optional, sent as `symbol`)
 * @param batchMode single (default) or multiple (optional, sent as `batchMode`)
 * @param orderList the orders, at most 50 (required, not empty, sent as `orderList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotBatchCancelRequest(
    symbol: String? = null,
    batchMode: BatchMode? = null,
    orderList: List<SpotCancelOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBatchCancelRequest = SpotBatchCancelRequest(symbol, batchMode, orderList, extraParams)

/**
 * Builds a [SpotFillsRequest], checked on construction: Parameters of the V2 spot fills query.
 *
 * @param symbol e.g. BTCUSDT (optional, sent as `symbol`)
 * @param orderId fills of one order (optional, sent as `orderId`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan paging: only fills older than this tradeId (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotFillsRequest(
    symbol: String? = null,
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotFillsRequest = SpotFillsRequest(symbol, orderId, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [SpotPlanOrderRequest], checked on construction: A new V2 spot plan (trigger) order.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param side buy or sell (required, sent as `side`)
 * @param triggerPrice price that fires the order (required, greater than 0, sent as `triggerPrice`)
 * @param orderType order sent when fired: limit or market (required, sent as `orderType`)
 * @param executePrice limit price of the order sent; required for a limit order (optional, greater than 0, sent as `executePrice`)
 * @param planType amount (default) or total: what size counts (optional, sent as `planType`)
 * @param size base coin quantity, or quote value when planType is total (required, greater than 0, sent as `size`)
 * @param triggerType fill_price or mark_price (required, sent as `triggerType`)
 * @param clientOid your own id for the order (optional, sent as `clientOid`)
 * @param force time in force of the order sent (Bitget's default gtc) (optional, sent as `force`)
 * @param stpMode self-trade prevention (optional, sent as `stpMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotModifyPlanOrderRequest], checked on construction: New terms of a V2 spot plan order.
 *
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param triggerPrice new trigger price (required, greater than 0, sent as `triggerPrice`)
 * @param orderType limit or market (required, sent as `orderType`)
 * @param executePrice new limit price; required for a limit order (optional, greater than 0, sent as `executePrice`)
 * @param size new size (required, greater than 0, sent as `size`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotModifyPlanOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    triggerPrice: BigDecimal,
    orderType: OrderType,
    executePrice: BigDecimal? = null,
    size: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): SpotModifyPlanOrderRequest = SpotModifyPlanOrderRequest(orderId, clientOid, triggerPrice, orderType, executePrice, size, extraParams)

/**
 * Builds a [SpotCancelPlanOrderRequest], checked on construction: Names one V2 spot plan order.
 *
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCancelPlanOrderRequest(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelPlanOrderRequest = SpotCancelPlanOrderRequest(orderId, clientOid, extraParams)

/**
 * Builds a [SpotCurrentPlanOrdersRequest], checked on construction: Parameters of the V2 spot live plan orders query.
 *
 * @param symbol e.g. BTCUSDT (optional, sent as `symbol`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan paging: the idLessThan of the previous page (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCurrentPlanOrdersRequest(
    symbol: String? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCurrentPlanOrdersRequest = SpotCurrentPlanOrdersRequest(symbol, limit, idLessThan, startTime, endTime, extraParams)

/**
 * Builds a [SpotPlanSubOrderRequest], checked on construction: Names one V2 spot plan order.
 *
 * @param planOrderId Bitget's id of the plan order (required, sent as `planOrderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotPlanSubOrderRequest(
    planOrderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotPlanSubOrderRequest = SpotPlanSubOrderRequest(planOrderId, extraParams)

/**
 * Builds a [SpotHistoricPlanOrdersRequest], checked on construction: Parameters of the V2 spot finished plan orders query.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (required, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotHistoricPlanOrdersRequest(
    symbol: String,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotHistoricPlanOrdersRequest = SpotHistoricPlanOrdersRequest(symbol, startTime, endTime, limit, extraParams)

/**
 * Builds a [SpotCancelPlanOrdersRequest], checked on construction: Which plan orders to cancel; all optional.
 *
 * @param symbolList symbols whose plan orders go; unset for every symbol (optional, sent as `symbolList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCancelPlanOrdersRequest(
    symbolList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelPlanOrdersRequest = SpotCancelPlanOrdersRequest(symbolList, extraParams)
