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

/** Builds a [MarginBatchOrderItem], checked on construction: One order inside a margin batch place call. */
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

/** Builds a [MarginOrderRef], checked on construction: One margin order to cancel, by id or client id. */
public fun marginOrderRef(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginOrderRef = MarginOrderRef(orderId, clientOid, extraParams)

/** Builds a [MarginBorrowHistoryRequest], checked on construction. */
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

/** Builds a [MarginRepayHistoryRequest], checked on construction. */
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

/** Builds a [MarginInterestHistoryRequest], checked on construction. */
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

/** Builds a [MarginLiquidationHistoryRequest], checked on construction. */
public fun marginLiquidationHistoryRequest(
    marginType: MarginMode,
    symbol: String? = null,
    startTime: Instant,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginLiquidationHistoryRequest = MarginLiquidationHistoryRequest(marginType, symbol, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [MarginFinancialHistoryRequest], checked on construction. */
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

/** Builds a [MarginAssetsRequest], checked on construction. */
public fun marginAssetsRequest(
    marginType: MarginMode,
    coin: String? = null,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginAssetsRequest = MarginAssetsRequest(marginType, coin, symbol, extraParams)

/** Builds a [MarginBorrowRequest], checked on construction. */
public fun marginBorrowRequest(
    marginType: MarginMode,
    symbol: String? = null,
    coin: String,
    borrowAmount: BigDecimal,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBorrowRequest = MarginBorrowRequest(marginType, symbol, coin, borrowAmount, clientOid, extraParams)

/** Builds a [MarginRepayRequest], checked on construction. */
public fun marginRepayRequest(
    marginType: MarginMode,
    symbol: String? = null,
    coin: String,
    repayAmount: BigDecimal,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginRepayRequest = MarginRepayRequest(marginType, symbol, coin, repayAmount, clientOid, extraParams)

/** Builds a [MarginRiskRateRequest], checked on construction. */
public fun marginRiskRateRequest(
    marginType: MarginMode,
    symbol: String? = null,
    pageNum: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginRiskRateRequest = MarginRiskRateRequest(marginType, symbol, pageNum, pageSize, extraParams)

/** Builds a [MarginLimitQueryRequest], checked on construction: Crossed calls need coin, isolated calls need symbol. */
public fun marginLimitQueryRequest(
    marginType: MarginMode,
    coin: String? = null,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginLimitQueryRequest = MarginLimitQueryRequest(marginType, coin, symbol, extraParams)

/** Builds a [MarginFlashRepayRequest], checked on construction. */
public fun marginFlashRepayRequest(
    marginType: MarginMode,
    coin: String? = null,
    symbolList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginFlashRepayRequest = MarginFlashRepayRequest(marginType, coin, symbolList, extraParams)

/** Builds a [MarginFlashRepayStatusRequest], checked on construction. */
public fun marginFlashRepayStatusRequest(
    marginType: MarginMode,
    idList: String,
    extraParams: Map<String, Any> = emptyMap(),
): MarginFlashRepayStatusRequest = MarginFlashRepayStatusRequest(marginType, idList, extraParams)

/** Builds a [MarginOrderRequest], checked on construction: A market buy needs quoteSize; a limit order or a market sell needs baseSize. */
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

/** Builds a [MarginBatchOrderRequest], checked on construction. */
public fun marginBatchOrderRequest(
    marginType: MarginMode,
    symbol: String,
    orderList: List<MarginBatchOrderItem>,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBatchOrderRequest = MarginBatchOrderRequest(marginType, symbol, orderList, extraParams)

/** Builds a [MarginCancelOrderRequest], checked on construction. */
public fun marginCancelOrderRequest(
    marginType: MarginMode,
    symbol: String,
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): MarginCancelOrderRequest = MarginCancelOrderRequest(marginType, symbol, orderId, clientOid, extraParams)

/** Builds a [MarginBatchCancelRequest], checked on construction. */
public fun marginBatchCancelRequest(
    marginType: MarginMode,
    symbol: String,
    orderIdList: List<MarginOrderRef>,
    extraParams: Map<String, Any> = emptyMap(),
): MarginBatchCancelRequest = MarginBatchCancelRequest(marginType, symbol, orderIdList, extraParams)

/** Builds a [MarginOpenOrdersRequest], checked on construction. */
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

/** Builds a [MarginHistoricOrdersRequest], checked on construction. */
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

/** Builds a [MarginFillsRequest], checked on construction. */
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

/** Builds a [MarginLiquidationOrdersRequest], checked on construction. */
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
