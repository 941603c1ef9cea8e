// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("MarginRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.Side
import io.github.bitget4j.model.StpMode
import io.github.bitget4j.model.TimeInForce
import io.github.bitget4j.model.v2.margin.MarginAssetsRequest
import io.github.bitget4j.model.v2.margin.MarginBatchCancelRequest
import io.github.bitget4j.model.v2.margin.MarginBatchOrderItem
import io.github.bitget4j.model.v2.margin.MarginBatchOrderRequest
import io.github.bitget4j.model.v2.margin.MarginBorrowHistoryRequest
import io.github.bitget4j.model.v2.margin.MarginBorrowRequest
import io.github.bitget4j.model.v2.margin.MarginCancelOrderRequest
import io.github.bitget4j.model.v2.margin.MarginFillsRequest
import io.github.bitget4j.model.v2.margin.MarginFinancialHistoryRequest
import io.github.bitget4j.model.v2.margin.MarginFlashRepayRequest
import io.github.bitget4j.model.v2.margin.MarginFlashRepayStatusRequest
import io.github.bitget4j.model.v2.margin.MarginFlowType
import io.github.bitget4j.model.v2.margin.MarginHistoricOrdersRequest
import io.github.bitget4j.model.v2.margin.MarginInterestHistoryRequest
import io.github.bitget4j.model.v2.margin.MarginLimitQueryRequest
import io.github.bitget4j.model.v2.margin.MarginLiquidationHistoryRequest
import io.github.bitget4j.model.v2.margin.MarginLiquidationOrderType
import io.github.bitget4j.model.v2.margin.MarginLiquidationOrdersRequest
import io.github.bitget4j.model.v2.margin.MarginLoanType
import io.github.bitget4j.model.v2.margin.MarginOpenOrdersRequest
import io.github.bitget4j.model.v2.margin.MarginOrderRef
import io.github.bitget4j.model.v2.margin.MarginOrderRequest
import io.github.bitget4j.model.v2.margin.MarginRepayHistoryRequest
import io.github.bitget4j.model.v2.margin.MarginRepayRequest
import io.github.bitget4j.model.v2.margin.MarginRiskRateRequest
import io.github.bitget4j.model.v3.MarginMode
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [MarginBatchOrderItem], checked on construction: One order inside a margin batch place call.
 *
 * @param orderType order type, one of `limit`, `market` (required, sent as `orderType`)
 * @param price required for a limit order (optional, greater than 0, sent as `price`)
 * @param loanType loan type, one of `normal`, `autoLoan`, `autoRepay`, `autoLoanAndRepay` (required, sent as `loanType`)
 * @param force ignored for market orders but required (required, sent as `force`)
 * @param baseSize base quantity; required for limit orders and market sells (optional, greater than 0, sent as `baseSize`)
 * @param quoteSize quote amount; required for market buys (optional, greater than 0, sent as `quoteSize`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param side side, one of `buy`, `sell` (required, sent as `side`)
 * @param stpMode stp mode, one of `none`, `cancel_taker`, `cancel_maker`, `cancel_both` (optional, sent as `stpMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginBatchOrderItem(
    orderType: OrderType,
    price: BigDecimal? = null,
    loanType: MarginLoanType,
    force: TimeInForce,
    baseSize: BigDecimal? = null,
    quoteSize: BigDecimal? = null,
    clientOid: String? = null,
    side: Side,
    stpMode: StpMode? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBatchOrderItem = MarginBatchOrderItem(orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, extraParams)

/**
 * Builds a [MarginOrderRef], checked on construction: One margin order to cancel, by id or client id.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginOrderRef(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginOrderRef = MarginOrderRef(orderId, clientOid, extraParams)

/**
 * Builds a [MarginBorrowHistoryRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol required for isolated, ignored for crossed (optional, sent as `symbol`)
 * @param loanId loan id (optional, sent as `loanId`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginBorrowHistoryRequest(
    marginType: MarginMode,
    symbol: String? = null,
    loanId: String? = null,
    coin: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBorrowHistoryRequest = MarginBorrowHistoryRequest(marginType, symbol, loanId, coin, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [MarginRepayHistoryRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol required for isolated, ignored for crossed (optional, sent as `symbol`)
 * @param repayId repay id (optional, sent as `repayId`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginRepayHistoryRequest(
    marginType: MarginMode,
    symbol: String? = null,
    repayId: String? = null,
    coin: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginRepayHistoryRequest = MarginRepayHistoryRequest(marginType, symbol, repayId, coin, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [MarginInterestHistoryRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol required for isolated, ignored for crossed (optional, sent as `symbol`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginInterestHistoryRequest(
    marginType: MarginMode,
    symbol: String? = null,
    coin: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginInterestHistoryRequest = MarginInterestHistoryRequest(marginType, symbol, coin, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [MarginLiquidationHistoryRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol required for isolated, ignored for crossed (optional, sent as `symbol`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginLiquidationHistoryRequest(
    marginType: MarginMode,
    symbol: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginLiquidationHistoryRequest = MarginLiquidationHistoryRequest(marginType, symbol, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [MarginFinancialHistoryRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol required for isolated, ignored for crossed (optional, sent as `symbol`)
 * @param flowType kind of movement; Bitget's query name clashes with the path field (optional, sent as `marginType`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginFinancialHistoryRequest(
    marginType: MarginMode,
    symbol: String? = null,
    flowType: MarginFlowType? = null,
    coin: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginFinancialHistoryRequest = MarginFinancialHistoryRequest(marginType, symbol, flowType, coin, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [MarginAssetsRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param coin crossed: one coin; unset for all (optional, sent as `coin`)
 * @param symbol isolated: one symbol; unset for all (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginAssetsRequest(
    marginType: MarginMode,
    coin: String? = null,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginAssetsRequest = MarginAssetsRequest(marginType, coin, symbol, extraParams)

/**
 * Builds a [MarginBorrowRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol the isolated pair, e.g. BTCUSDT; required for isolated (optional, sent as `symbol`)
 * @param coin coin, e.g. USDT (required, sent as `coin`)
 * @param borrowAmount up to 8 decimal places (required, greater than 0, sent as `borrowAmount`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginBorrowRequest(
    marginType: MarginMode,
    symbol: String? = null,
    coin: String,
    borrowAmount: BigDecimal,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBorrowRequest = MarginBorrowRequest(marginType, symbol, coin, borrowAmount, clientOid, extraParams)

/**
 * Builds a [MarginRepayRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol the isolated pair; required for isolated (optional, sent as `symbol`)
 * @param coin coin, e.g. USDT (required, sent as `coin`)
 * @param repayAmount up to 8 decimal places (required, greater than 0, sent as `repayAmount`)
 * @param clientOid documented for isolated only (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginRepayRequest(
    marginType: MarginMode,
    symbol: String? = null,
    coin: String,
    repayAmount: BigDecimal,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginRepayRequest = MarginRepayRequest(marginType, symbol, coin, repayAmount, clientOid, extraParams)

/**
 * Builds a [MarginRiskRateRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol isolated only: one symbol (optional, sent as `symbol`)
 * @param pageNum isolated only, default 1 (optional, greater than 0, sent as `pageNum`)
 * @param pageSize isolated only, default 100 (optional, greater than 0, at most 500, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginRiskRateRequest(
    marginType: MarginMode,
    symbol: String? = null,
    pageNum: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginRiskRateRequest = MarginRiskRateRequest(marginType, symbol, pageNum, pageSize, extraParams)

/**
 * Builds a [MarginLimitQueryRequest], checked on construction: Crossed calls need coin, isolated calls need symbol.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param coin required for crossed (optional, sent as `coin`)
 * @param symbol required for isolated (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginLimitQueryRequest(
    marginType: MarginMode,
    coin: String? = null,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginLimitQueryRequest = MarginLimitQueryRequest(marginType, coin, symbol, extraParams)

/**
 * Builds a [MarginFlashRepayRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param coin crossed only: one coin; unset repays the whole account (optional, sent as `coin`)
 * @param symbolList isolated only: symbols to repay; unset repays all (optional, sent as `symbolList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginFlashRepayRequest(
    marginType: MarginMode,
    coin: String? = null,
    symbolList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginFlashRepayRequest = MarginFlashRepayRequest(marginType, coin, symbolList, extraParams)

/**
 * Builds a [MarginFlashRepayStatusRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param idList repayIds from flash repay, comma-separated (required, sent as `idList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginFlashRepayStatusRequest(
    marginType: MarginMode,
    idList: String,
    extraParams: Map<String, Any> = emptyMap(),
): MarginFlashRepayStatusRequest = MarginFlashRepayStatusRequest(marginType, idList, extraParams)

/**
 * Builds a [MarginOrderRequest], checked on construction: A market buy needs quoteSize; a limit order or a market sell needs baseSize.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderType order type, one of `limit`, `market` (required, sent as `orderType`)
 * @param price required for a limit order (optional, greater than 0, sent as `price`)
 * @param loanType loan type, one of `normal`, `autoLoan`, `autoRepay`, `autoLoanAndRepay` (required, sent as `loanType`)
 * @param force ignored for market orders but required (required, sent as `force`)
 * @param baseSize base quantity; required for limit orders and market sells (optional, greater than 0, sent as `baseSize`)
 * @param quoteSize quote amount; required for market buys (optional, greater than 0, sent as `quoteSize`)
 * @param clientOid idempotent for 6 hours while unfilled (optional, sent as `clientOid`)
 * @param side side, one of `buy`, `sell` (required, sent as `side`)
 * @param stpMode stp mode, one of `none`, `cancel_taker`, `cancel_maker`, `cancel_both` (optional, sent as `stpMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginOrderRequest(
    marginType: MarginMode,
    symbol: String,
    orderType: OrderType,
    price: BigDecimal? = null,
    loanType: MarginLoanType,
    force: TimeInForce,
    baseSize: BigDecimal? = null,
    quoteSize: BigDecimal? = null,
    clientOid: String? = null,
    side: Side,
    stpMode: StpMode? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginOrderRequest = MarginOrderRequest(marginType, symbol, orderType, price, loanType, force, baseSize, quoteSize, clientOid, side, stpMode, extraParams)

/**
 * Builds a [MarginBatchOrderRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderList order list (a list) (required, not empty, sent as `orderList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginBatchOrderRequest(
    marginType: MarginMode,
    symbol: String,
    orderList: List<MarginBatchOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBatchOrderRequest = MarginBatchOrderRequest(marginType, symbol, orderList, extraParams)

/**
 * Builds a [MarginCancelOrderRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginCancelOrderRequest(
    marginType: MarginMode,
    symbol: String,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginCancelOrderRequest = MarginCancelOrderRequest(marginType, symbol, orderId, clientOid, extraParams)

/**
 * Builds a [MarginBatchCancelRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderIdList each by orderId or clientOid (required, not empty, sent as `orderIdList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginBatchCancelRequest(
    marginType: MarginMode,
    symbol: String,
    orderIdList: List<MarginOrderRef>,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBatchCancelRequest = MarginBatchCancelRequest(marginType, symbol, orderIdList, extraParams)

/**
 * Builds a [MarginOpenOrdersRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 100 (optional, greater than 0, sent as `limit`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginOpenOrdersRequest(
    marginType: MarginMode,
    symbol: String,
    orderId: String? = null,
    clientOid: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginOpenOrdersRequest = MarginOpenOrdersRequest(marginType, symbol, orderId, clientOid, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [MarginHistoricOrdersRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param enterPointSource WEB, API, SYS, ANDROID or IOS (optional, sent as `enterPointSource`)
 * @param clientOid your own order ID (optional, sent as `clientOid`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginHistoricOrdersRequest(
    marginType: MarginMode,
    symbol: String,
    orderId: String? = null,
    enterPointSource: String? = null,
    clientOid: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginHistoricOrdersRequest = MarginHistoricOrdersRequest(marginType, symbol, orderId, enterPointSource, clientOid, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [MarginFillsRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param idLessThan minId of the previous page (optional, sent as `idLessThan`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginFillsRequest(
    marginType: MarginMode,
    symbol: String,
    orderId: String? = null,
    idLessThan: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginFillsRequest = MarginFillsRequest(marginType, symbol, orderId, idLessThan, startTime, endTime, limit, extraParams)

/**
 * Builds a [MarginLiquidationOrdersRequest], checked on construction.
 *
 * @param marginType crossed or isolated (required, sent as `marginType` in the path)
 * @param type default place_order (optional, sent as `type`)
 * @param symbol place_order only; unset for all (optional, sent as `symbol`)
 * @param fromCoin swap only (optional, sent as `fromCoin`)
 * @param toCoin swap only (optional, sent as `toCoin`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan idLessThan of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun marginLiquidationOrdersRequest(
    marginType: MarginMode,
    type: MarginLiquidationOrderType? = null,
    symbol: String? = null,
    fromCoin: String? = null,
    toCoin: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginLiquidationOrdersRequest = MarginLiquidationOrdersRequest(marginType, type, symbol, fromCoin, toCoin, startTime, endTime, limit, idLessThan, extraParams)
