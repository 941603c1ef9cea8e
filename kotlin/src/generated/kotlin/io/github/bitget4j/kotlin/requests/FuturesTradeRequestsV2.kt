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

/**
 * Builds a [FuturesBatchOrderItem], checked on construction: One order inside a batch place call.
 *
 * @param size quantity, base coin (required, greater than 0, sent as `size`)
 * @param price required for a limit order (optional, greater than 0, sent as `price`)
 * @param side side, one of `buy`, `sell` (required, sent as `side`)
 * @param tradeSide hedge mode only (optional, sent as `tradeSide`)
 * @param orderType order type, one of `limit`, `market` (required, sent as `orderType`)
 * @param force default gtc (optional, sent as `force`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param reduceOnly one-way mode only (optional, sent as `reduceOnly`)
 * @param presetStopSurplusPrice take-profit trigger to attach (optional, greater than 0, sent as `presetStopSurplusPrice`)
 * @param presetStopLossPrice stop-loss trigger to attach (optional, greater than 0, sent as `presetStopLossPrice`)
 * @param stpMode stp mode, one of `none`, `cancel_taker`, `cancel_maker`, `cancel_both` (optional, sent as `stpMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesOrderRef], checked on construction: One order to cancel, by id or client id.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresOrderRef(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOrderRef = FuturesOrderRef(orderId, clientOid, extraParams)

/**
 * Builds a [FuturesOrderRequest], checked on construction.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginMode margin mode, one of `crossed`, `isolated` (required, sent as `marginMode`)
 * @param marginCoin upper case, e.g. USDT (required, sent as `marginCoin`)
 * @param size quantity, base coin (required, greater than 0, sent as `size`)
 * @param price required for a limit order (optional, greater than 0, sent as `price`)
 * @param side side, one of `buy`, `sell` (required, sent as `side`)
 * @param tradeSide hedge mode only; ignored in one-way mode (optional, sent as `tradeSide`)
 * @param orderType order type, one of `limit`, `market` (required, sent as `orderType`)
 * @param force default gtc (optional, sent as `force`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param reduceOnly one-way mode only (optional, sent as `reduceOnly`)
 * @param presetStopSurplusPrice take-profit trigger to attach (optional, greater than 0, sent as `presetStopSurplusPrice`)
 * @param presetStopLossPrice stop-loss trigger to attach (optional, greater than 0, sent as `presetStopLossPrice`)
 * @param stpMode stp mode, one of `none`, `cancel_taker`, `cancel_maker`, `cancel_both` (optional, sent as `stpMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesReversalRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param size size, decimal (required, greater than 0, sent as `size`)
 * @param side side, one of `buy`, `sell` (optional, sent as `side`)
 * @param tradeSide trade side, one of `open`, `close` (optional, sent as `tradeSide`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesBatchOrderRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param marginMode margin mode, one of `crossed`, `isolated` (required, sent as `marginMode`)
 * @param orderList at most 50 orders (required, not empty, sent as `orderList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresBatchOrderRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    marginMode: MarginMode,
    orderList: List<FuturesBatchOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesBatchOrderRequest = FuturesBatchOrderRequest(symbol, productType, marginCoin, marginMode, orderList, extraParams)

/**
 * Builds a [FuturesModifyOrderRequest], checked on construction: a new price and size must be sent together.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param newClientOid client id of the replacement order (required, sent as `newClientOid`)
 * @param newSize new size, decimal (optional, greater than 0, sent as `newSize`)
 * @param newPrice new price, decimal (optional, greater than 0, sent as `newPrice`)
 * @param newPresetStopSurplusPrice new preset stop surplus price, decimal (optional, greater than 0, sent as `newPresetStopSurplusPrice`)
 * @param newPresetStopLossPrice new preset stop loss price, decimal (optional, greater than 0, sent as `newPresetStopLossPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesCancelOrderRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresCancelOrderRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String? = null,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCancelOrderRequest = FuturesCancelOrderRequest(symbol, productType, marginCoin, orderId, clientOid, extraParams)

/**
 * Builds a [FuturesBatchCancelRequest], checked on construction.
 *
 * @param orderIdList omit to cancel every order of the symbol (optional, sent as `orderIdList`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresBatchCancelRequest(
    orderIdList: List<FuturesOrderRef>? = null,
    symbol: String? = null,
    productType: ProductType,
    marginCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesBatchCancelRequest = FuturesBatchCancelRequest(orderIdList, symbol, productType, marginCoin, extraParams)

/**
 * Builds a [FuturesFlashCloseRequest], checked on construction.
 *
 * @param symbol omit to close every position of the product type (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param holdSide hedge mode: which side; omit for both (optional, sent as `holdSide`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresFlashCloseRequest(
    symbol: String? = null,
    productType: ProductType,
    holdSide: FuturesHoldSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesFlashCloseRequest = FuturesFlashCloseRequest(symbol, productType, holdSide, extraParams)

/**
 * Builds a [FuturesOrderDetailRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresOrderDetailRequest(
    symbol: String,
    productType: ProductType,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOrderDetailRequest = FuturesOrderDetailRequest(symbol, productType, orderId, clientOid, extraParams)

/**
 * Builds a [FuturesFillsRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesOpenOrdersRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param status default: live only (optional, sent as `status`)
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesHistoricOrdersRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as `idLessThan`)
 * @param orderSource order source, one of `normal`, `market`, `profit_market`, `loss_market`, `Trader_delegate`, `trader_profit`, `trader_loss`, `reverse` and 10 more (optional, sent as `orderSource`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesCancelAllRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param requestTime client send time, checked against receiveWindow (optional, sent as `requestTime`)
 * @param receiveWindow validity window in milliseconds (optional, greater than 0, sent as `receiveWindow`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresCancelAllRequest(
    symbol: String? = null,
    productType: ProductType,
    marginCoin: String? = null,
    requestTime: Instant? = null,
    receiveWindow: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCancelAllRequest = FuturesCancelAllRequest(symbol, productType, marginCoin, requestTime, receiveWindow, extraParams)

/**
 * Builds a [FuturesTriggerSubOrderRequest], checked on construction.
 *
 * @param planType plan type, one of `normal_plan`, `track_plan` (required, sent as `planType`)
 * @param planOrderId plan order id (required, sent as `planOrderId`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresTriggerSubOrderRequest(
    planType: FuturesPlanOrderType,
    planOrderId: String,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesTriggerSubOrderRequest = FuturesTriggerSubOrderRequest(planType, planOrderId, productType, extraParams)

/**
 * Builds a [FuturesTpslOrderRequest], checked on construction.
 *
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param planType plan type, one of `profit_plan`, `loss_plan`, `moving_plan`, `pos_profit`, `pos_loss` (required, sent as `planType`)
 * @param triggerPrice trigger price, decimal (required, greater than 0, sent as `triggerPrice`)
 * @param triggerType trigger type, one of `fill_price`, `mark_price` (optional, sent as `triggerType`)
 * @param executePrice 0 or absent: market; not allowed for moving_plan (optional, 0 or more, sent as `executePrice`)
 * @param holdSide hold side, one of `long`, `short`, `buy`, `sell` (required, sent as `holdSide`)
 * @param size required for profit_plan, loss_plan and moving_plan (optional, greater than 0, sent as `size`)
 * @param rangeRate callback rate, moving_plan only (optional, greater than 0, sent as `rangeRate`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param stpMode stp mode, one of `none`, `cancel_taker`, `cancel_maker`, `cancel_both` (optional, sent as `stpMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesPositionTpslRequest], checked on construction.
 *
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param stopSurplusTriggerPrice stop surplus trigger price, decimal (optional, greater than 0, sent as `stopSurplusTriggerPrice`)
 * @param stopSurplusSize set: partial take profit; absent: whole position (optional, greater than 0, sent as `stopSurplusSize`)
 * @param stopSurplusTriggerType stop surplus trigger type, one of `fill_price`, `mark_price` (optional, sent as `stopSurplusTriggerType`)
 * @param stopSurplusExecutePrice 0 or absent: market (optional, 0 or more, sent as `stopSurplusExecutePrice`)
 * @param stopLossTriggerPrice stop loss trigger price, decimal (optional, greater than 0, sent as `stopLossTriggerPrice`)
 * @param stopLossSize set: partial stop loss; absent: whole position (optional, greater than 0, sent as `stopLossSize`)
 * @param stopLossTriggerType stop loss trigger type, one of `fill_price`, `mark_price` (optional, sent as `stopLossTriggerType`)
 * @param stopLossExecutePrice 0 or absent: market (optional, 0 or more, sent as `stopLossExecutePrice`)
 * @param holdSide hold side, one of `long`, `short`, `buy`, `sell` (required, sent as `holdSide`)
 * @param stpMode stp mode, one of `none`, `cancel_taker`, `cancel_maker`, `cancel_both` (optional, sent as `stpMode`)
 * @param stopSurplusClientOid stop surplus client oid (optional, sent as `stopSurplusClientOid`)
 * @param stopLossClientOid stop loss client oid (optional, sent as `stopLossClientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesPlanOrderRequest], checked on construction.
 *
 * @param planType plan type, one of `normal_plan`, `track_plan` (required, sent as `planType`)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginMode margin mode, one of `crossed`, `isolated` (required, sent as `marginMode`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param size size, decimal (required, greater than 0, sent as `size`)
 * @param price order price once triggered; required for a limit order (optional, greater than 0, sent as `price`)
 * @param callbackRatio trailing percentage, track_plan only (optional, greater than 0, sent as `callbackRatio`)
 * @param triggerPrice trigger price, decimal (required, greater than 0, sent as `triggerPrice`)
 * @param triggerType trigger type, one of `fill_price`, `mark_price` (required, sent as `triggerType`)
 * @param side side, one of `buy`, `sell` (required, sent as `side`)
 * @param tradeSide hedge mode only (optional, sent as `tradeSide`)
 * @param orderType order type, one of `limit`, `market` (required, sent as `orderType`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param reduceOnly one-way mode only (optional, sent as `reduceOnly`)
 * @param stopSurplusTriggerPrice stop surplus trigger price, decimal (optional, greater than 0, sent as `stopSurplusTriggerPrice`)
 * @param stopSurplusExecutePrice stop surplus execute price, decimal (optional, 0 or more, sent as `stopSurplusExecutePrice`)
 * @param stopSurplusTriggerType stop surplus trigger type, one of `fill_price`, `mark_price`, `index_price` (optional, sent as `stopSurplusTriggerType`)
 * @param stopLossTriggerPrice stop loss trigger price, decimal (optional, greater than 0, sent as `stopLossTriggerPrice`)
 * @param stopLossExecutePrice stop loss execute price, decimal (optional, 0 or more, sent as `stopLossExecutePrice`)
 * @param stopLossTriggerType stop loss trigger type, one of `fill_price`, `mark_price`, `index_price` (optional, sent as `stopLossTriggerType`)
 * @param stpMode stp mode, one of `none`, `cancel_taker`, `cancel_maker`, `cancel_both` (optional, sent as `stpMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesModifyTpslRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param triggerPrice trigger price, decimal (required, greater than 0, sent as `triggerPrice`)
 * @param triggerType trigger type, one of `fill_price`, `mark_price` (optional, sent as `triggerType`)
 * @param executePrice 0 or absent: market (optional, 0 or more, sent as `executePrice`)
 * @param size required for partial TP/SL; leave unset for pos_profit / pos_loss (optional, greater than 0, sent as `size`)
 * @param rangeRate moving_plan only (optional, greater than 0, sent as `rangeRate`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesModifyPlanOrderRequest], checked on construction.
 *
 * @param planType plan type, one of `normal_plan`, `track_plan` (required, sent as `planType`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param newSize new size, decimal (optional, greater than 0, sent as `newSize`)
 * @param newPrice new price, decimal (optional, greater than 0, sent as `newPrice`)
 * @param newCallbackRatio new callback ratio, decimal (optional, greater than 0, sent as `newCallbackRatio`)
 * @param newTriggerPrice new trigger price, decimal (optional, greater than 0, sent as `newTriggerPrice`)
 * @param newTriggerType new trigger type, one of `fill_price`, `mark_price` (optional, sent as `newTriggerType`)
 * @param newStopSurplusTriggerPrice new stop surplus trigger price, decimal (optional, greater than 0, sent as `newStopSurplusTriggerPrice`)
 * @param newStopSurplusExecutePrice new stop surplus execute price, decimal (optional, 0 or more, sent as `newStopSurplusExecutePrice`)
 * @param newStopSurplusTriggerType new stop surplus trigger type, one of `fill_price`, `mark_price`, `index_price` (optional, sent as `newStopSurplusTriggerType`)
 * @param newStopLossTriggerPrice new stop loss trigger price, decimal (optional, greater than 0, sent as `newStopLossTriggerPrice`)
 * @param newStopLossExecutePrice new stop loss execute price, decimal (optional, 0 or more, sent as `newStopLossExecutePrice`)
 * @param newStopLossTriggerType new stop loss trigger type, one of `fill_price`, `mark_price`, `index_price` (optional, sent as `newStopLossTriggerType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesPlanOrdersRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param planType plan type, one of `normal_plan`, `track_plan`, `profit_loss` (required, sent as `planType`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [FuturesCancelPlanOrderRequest], checked on construction.
 *
 * @param orderIdList omit to cancel by symbol / plan type (optional, sent as `orderIdList`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param planType omit for every type (optional, sent as `planType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresCancelPlanOrderRequest(
    orderIdList: List<FuturesOrderRef>? = null,
    symbol: String? = null,
    productType: ProductType,
    marginCoin: String? = null,
    planType: FuturesPlanType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesCancelPlanOrderRequest = FuturesCancelPlanOrderRequest(orderIdList, symbol, productType, marginCoin, planType, extraParams)

/**
 * Builds a [FuturesHistoricPlanOrdersRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param planType plan type, one of `normal_plan`, `track_plan`, `profit_loss` (required, sent as `planType`)
 * @param planStatus executed, fail_trigger or cancelled (optional, sent as `planStatus`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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
