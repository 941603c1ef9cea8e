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

/**
 * Builds a [UtaStockPlusPlaceOrderRequest], checked on construction: A new Stock+ order.
 *
 * @param symbol e.g. AAPL.US (required, sent as `symbol`)
 * @param orderType LO, MO, LIT, MIT, TSLPAMT or TSLPPCT (required, sent as `orderType`)
 * @param side Buy or Sell (required, sent as `side`)
 * @param submittedQuantity number of shares (required, greater than 0, sent as `submittedQuantity`)
 * @param timeInForce Day, GoodTilCanceled or GoodTilDate (required, sent as `timeInForce`)
 * @param submittedPrice limit price; needed by LO and LIT orders (optional, greater than 0, sent as `submittedPrice`)
 * @param triggerPrice trigger price; needed by LIT and MIT orders (optional, greater than 0, sent as `triggerPrice`)
 * @param limitOffset trailing orders: offset of the limit price from the trigger (optional, sent as `limitOffset`)
 * @param trailingAmount TSLPAMT: the trailing amount (optional, greater than 0, sent as `trailingAmount`)
 * @param trailingPercent TSLPPCT: the trailing percentage (optional, greater than 0, sent as `trailingPercent`)
 * @param expireDate last day of a GoodTilDate order, as Bitget expects it (optional, sent as `expireDate`)
 * @param outsideRth sessions the order may fill in (optional, sent as `outsideRth`)
 * @param limitDepthLevel book level the limit price follows, as Bitget documents it (optional, sent as `limitDepthLevel`)
 * @param triggerCount how many times the trigger must be hit (optional, sent as `triggerCount`)
 * @param monitorPrice price watched by conditional orders (optional, greater than 0, sent as `monitorPrice`)
 * @param remark your note for the order (optional, sent as `remark`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaStockPlusCancelOrderRequest], checked on construction: Cancels one Stock+ order.
 *
 * @param symbol e.g. AAPL.US (required, sent as `symbol`)
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusCancelOrderRequest(
    symbol: String,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusCancelOrderRequest = UtaStockPlusCancelOrderRequest(symbol, orderId, clientOid, extraParams)

/**
 * Builds a [UtaStockPlusModifyOrderRequest], checked on construction: Changes one Stock+ order.
 *
 * @param orderId Bitget's id (required, sent as `orderId`)
 * @param quantity the new number of shares (required, greater than 0, sent as `quantity`)
 * @param price the new limit price (optional, greater than 0, sent as `price`)
 * @param triggerPrice the new trigger price (optional, greater than 0, sent as `triggerPrice`)
 * @param limitOffset the new limit offset of a trailing order (optional, sent as `limitOffset`)
 * @param trailingAmount the new trailing amount (optional, greater than 0, sent as `trailingAmount`)
 * @param trailingPercent the new trailing percentage (optional, greater than 0, sent as `trailingPercent`)
 * @param limitDepthLevel the new book level the limit price follows (optional, sent as `limitDepthLevel`)
 * @param triggerCount the new trigger count (optional, sent as `triggerCount`)
 * @param monitorPrice the new watched price (optional, greater than 0, sent as `monitorPrice`)
 * @param remark the new note (optional, sent as `remark`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaStockPlusOrderIdRequest], checked on construction: Names one Stock+ order.
 *
 * @param orderId Bitget's id (required, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusOrderIdRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusOrderIdRequest = UtaStockPlusOrderIdRequest(orderId, extraParams)

/**
 * Builds a [UtaStockPlusTodayOrdersRequest], checked on construction: Filters of today's Stock+ orders; all optional.
 *
 * @param symbol e.g. AAPL.US (optional, sent as `symbol`)
 * @param status one order state, or several comma-separated, as Bitget names them (optional, sent as `status`)
 * @param side Buy or Sell (optional, sent as `side`)
 * @param market market, e.g. US (optional, sent as `market`)
 * @param orderId one order (optional, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusTodayOrdersRequest(
    symbol: String? = null,
    status: String? = null,
    side: UtaStockPlusSide? = null,
    market: String? = null,
    orderId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTodayOrdersRequest = UtaStockPlusTodayOrdersRequest(symbol, status, side, market, orderId, extraParams)

/**
 * Builds a [UtaStockPlusHistoryOrdersRequest], checked on construction: Filters of past Stock+ orders; all optional.
 *
 * @param symbol e.g. AAPL.US (optional, sent as `symbol`)
 * @param status one order state, or several comma-separated, as Bitget names them (optional, sent as `status`)
 * @param side Buy or Sell (optional, sent as `side`)
 * @param market market, e.g. US (optional, sent as `market`)
 * @param startAt earliest order, as Bitget counts time (presumably Unix milliseconds) (optional, sent as `startAt`)
 * @param endAt latest order, same unit (optional, sent as `endAt`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusHistoryOrdersRequest(
    symbol: String? = null,
    status: String? = null,
    side: UtaStockPlusSide? = null,
    market: String? = null,
    startAt: Long? = null,
    endAt: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusHistoryOrdersRequest = UtaStockPlusHistoryOrdersRequest(symbol, status, side, market, startAt, endAt, extraParams)

/**
 * Builds a [UtaStockPlusTodayExecutionsRequest], checked on construction: Filters of today's fills; all optional.
 *
 * @param symbol e.g. AAPL.US (optional, sent as `symbol`)
 * @param orderId one order (optional, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusTodayExecutionsRequest(
    symbol: String? = null,
    orderId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTodayExecutionsRequest = UtaStockPlusTodayExecutionsRequest(symbol, orderId, extraParams)

/**
 * Builds a [UtaStockPlusHistoryExecutionsRequest], checked on construction: Filters of past fills; all optional.
 *
 * @param symbol e.g. AAPL.US (optional, sent as `symbol`)
 * @param startAt earliest fill, as Bitget counts time (presumably Unix milliseconds) (optional, sent as `startAt`)
 * @param endAt latest fill, same unit (optional, sent as `endAt`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusHistoryExecutionsRequest(
    symbol: String? = null,
    startAt: Long? = null,
    endAt: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusHistoryExecutionsRequest = UtaStockPlusHistoryExecutionsRequest(symbol, startAt, endAt, extraParams)

/**
 * Builds a [UtaStockPlusTransferRequest], checked on construction: One transfer to or from Stock+.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param amount amount to move (required, greater than 0, sent as `amount`)
 * @param direction in to Stock+, out of it (required, sent as `direction`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusTransferRequest(
    coin: String,
    amount: BigDecimal,
    direction: UtaStockPlusTransferDirection,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTransferRequest = UtaStockPlusTransferRequest(coin, amount, direction, extraParams)

/**
 * Builds a [UtaStockPlusTransferRecordsRequest], checked on construction: Filters of the Stock+ transfer history; all optional.
 *
 * @param transferId one transfer (optional, sent as `transferId`)
 * @param startTime earliest transfer, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest transfer, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusTransferRecordsRequest(
    transferId: String? = null,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTransferRecordsRequest = UtaStockPlusTransferRecordsRequest(transferId, startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [UtaStockPlusAccountRequest], checked on construction: Filters of the account query; all optional.
 *
 * @param currency one currency, e.g. USD (optional, sent as `currency`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusAccountRequest(
    currency: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusAccountRequest = UtaStockPlusAccountRequest(currency, extraParams)

/**
 * Builds a [UtaStockPlusCashFlowRequest], checked on construction: Filters of the cash flow query.
 *
 * @param startTime earliest movement, as Bitget counts time (presumably Unix milliseconds) (required, sent as `startTime`)
 * @param endTime latest movement, same unit (required, sent as `endTime`)
 * @param businessType kind of movement, as Bitget names them (optional, sent as `businessType`)
 * @param symbol e.g. AAPL.US (optional, sent as `symbol`)
 * @param page page number, from 1 (optional, greater than 0, sent as `page`)
 * @param size page size (optional, greater than 0, sent as `size`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusCashFlowRequest(
    startTime: Long,
    endTime: Long,
    businessType: String? = null,
    symbol: String? = null,
    page: Int? = null,
    size: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusCashFlowRequest = UtaStockPlusCashFlowRequest(startTime, endTime, businessType, symbol, page, size, extraParams)

/**
 * Builds a [UtaStockPlusPositionRequest], checked on construction: Filters of the position query; all optional.
 *
 * @param symbol e.g. AAPL.US (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusPositionRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusPositionRequest = UtaStockPlusPositionRequest(symbol, extraParams)

/**
 * Builds a [UtaStockPlusSymbolRequest], checked on construction: Names one stock or option.
 *
 * @param symbol e.g. AAPL.US (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusSymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusSymbolRequest = UtaStockPlusSymbolRequest(symbol, extraParams)

/**
 * Builds a [UtaStockPlusCandlesRequest], checked on construction: Parameters of the latest candles query.
 *
 * @param symbol e.g. AAPL.US (required, sent as `symbol`)
 * @param period candle width as Bitget names it (required, sent as `period`)
 * @param count at most this many candles (optional, greater than 0, sent as `count`)
 * @param adjustType price adjustment for splits and dividends, as Bitget names it (optional, sent as `adjustType`)
 * @param tradeSessions which sessions to include, as Bitget names them (optional, sent as `tradeSessions`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusCandlesRequest(
    symbol: String,
    period: String,
    count: Int? = null,
    adjustType: String? = null,
    tradeSessions: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusCandlesRequest = UtaStockPlusCandlesRequest(symbol, period, count, adjustType, tradeSessions, extraParams)

/**
 * Builds a [UtaStockPlusHistoryCandlesRequest], checked on construction: Parameters of the candle history query.
 *
 * @param symbol e.g. AAPL.US (required, sent as `symbol`)
 * @param period candle width as Bitget names it (required, sent as `period`)
 * @param count at most this many candles (optional, greater than 0, sent as `count`)
 * @param adjustType price adjustment for splits and dividends, as Bitget names it (optional, sent as `adjustType`)
 * @param forward true to count forward from time, false backward (optional, sent as `forward`)
 * @param time where to start, as Bitget expects it (optional, sent as `time`)
 * @param tradeSessions which sessions to include, as Bitget names them (optional, sent as `tradeSessions`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaStockPlusTradesRequest], checked on construction: Parameters of the latest trades query.
 *
 * @param symbol e.g. AAPL.US (required, sent as `symbol`)
 * @param count at most this many trades (optional, greater than 0, sent as `count`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusTradesRequest(
    symbol: String,
    count: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusTradesRequest = UtaStockPlusTradesRequest(symbol, count, extraParams)

/**
 * Builds a [UtaStockPlusOptionChainRequest], checked on construction: Names a stock and an expiry.
 *
 * @param symbol the underlying, e.g. AAPL.US (required, sent as `symbol`)
 * @param expiryDate the expiry, as getStockPlusOptionExpiryDate lists it (required, sent as `expiryDate`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaStockPlusOptionChainRequest(
    symbol: String,
    expiryDate: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaStockPlusOptionChainRequest = UtaStockPlusOptionChainRequest(symbol, expiryDate, extraParams)
