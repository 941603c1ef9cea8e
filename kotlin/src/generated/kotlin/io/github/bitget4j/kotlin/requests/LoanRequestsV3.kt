// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("LoanRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaLoanBorrowHistoryRequest
import io.github.bitget4j.model.v3.UtaLoanBorrowRequest
import io.github.bitget4j.model.v3.UtaLoanBorrowStatus
import io.github.bitget4j.model.v3.UtaLoanCoinsRequest
import io.github.bitget4j.model.v3.UtaLoanInterestRequest
import io.github.bitget4j.model.v3.UtaLoanOngoingRequest
import io.github.bitget4j.model.v3.UtaLoanPledgeRateHistoryRequest
import io.github.bitget4j.model.v3.UtaLoanReduceStatus
import io.github.bitget4j.model.v3.UtaLoanReducesRequest
import io.github.bitget4j.model.v3.UtaLoanRepayHistoryRequest
import io.github.bitget4j.model.v3.UtaLoanRepayMethod
import io.github.bitget4j.model.v3.UtaLoanRepayRequest
import io.github.bitget4j.model.v3.UtaLoanRevisePledgeRequest
import io.github.bitget4j.model.v3.UtaLoanReviseSide
import io.github.bitget4j.model.v3.UtaLoanReviseType
import io.github.bitget4j.model.v3.UtaLoanTerm
import io.github.bitget4j.model.v3.UtaLoanYesNo
import java.math.BigDecimal

/** Builds a [UtaLoanBorrowRequest], checked on construction: A new crypto loan. */
public fun utaLoanBorrowRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: UtaLoanTerm,
    pledgeAmount: BigDecimal? = null,
    loanAmount: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanBorrowRequest = UtaLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, extraParams)

/** Builds a [UtaLoanRepayRequest], checked on construction: Repays one crypto loan. */
public fun utaLoanRepayRequest(
    orderId: String,
    method: UtaLoanRepayMethod,
    repayAll: UtaLoanYesNo,
    amount: BigDecimal? = null,
    repayUnlock: UtaLoanYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanRepayRequest = UtaLoanRepayRequest(orderId, method, repayAll, amount, repayUnlock, extraParams)

/** Builds a [UtaLoanRevisePledgeRequest], checked on construction: Adjusts the collateral of one crypto loan. */
public fun utaLoanRevisePledgeRequest(
    orderId: String,
    amount: BigDecimal,
    pledgeCoin: String,
    reviseType: UtaLoanReviseType,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanRevisePledgeRequest = UtaLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, extraParams)

/** Builds a [UtaLoanCoinsRequest], checked on construction: Parameters of the loan coin query; all optional. */
public fun utaLoanCoinsRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanCoinsRequest = UtaLoanCoinsRequest(coin, extraParams)

/** Builds a [UtaLoanInterestRequest], checked on construction: What-if of a crypto loan. */
public fun utaLoanInterestRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: UtaLoanTerm,
    pledgeAmount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanInterestRequest = UtaLoanInterestRequest(loanCoin, pledgeCoin, daily, pledgeAmount, extraParams)

/** Builds a [UtaLoanOngoingRequest], checked on construction: Filters of the open loans query; all optional. */
public fun utaLoanOngoingRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanOngoingRequest = UtaLoanOngoingRequest(orderId, loanCoin, pledgeCoin, extraParams)

/** Builds a [UtaLoanBorrowHistoryRequest], checked on construction: Filters of the loan history query. */
public fun utaLoanBorrowHistoryRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    status: UtaLoanBorrowStatus? = null,
    startTime: Long,
    endTime: Long,
    pageNum: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanBorrowHistoryRequest = UtaLoanBorrowHistoryRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNum, pageSize, extraParams)

/** Builds a [UtaLoanRepayHistoryRequest], checked on construction: Filters of the repayment history query. */
public fun utaLoanRepayHistoryRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    startTime: Long,
    endTime: Long,
    pageNum: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanRepayHistoryRequest = UtaLoanRepayHistoryRequest(orderId, loanCoin, pledgeCoin, startTime, endTime, pageNum, pageSize, extraParams)

/** Builds a [UtaLoanPledgeRateHistoryRequest], checked on construction: Filters of the collateral adjustment history query. */
public fun utaLoanPledgeRateHistoryRequest(
    orderId: String? = null,
    reviseSide: UtaLoanReviseSide? = null,
    pledgeCoin: String? = null,
    startTime: Long,
    endTime: Long,
    pageNum: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanPledgeRateHistoryRequest = UtaLoanPledgeRateHistoryRequest(orderId, reviseSide, pledgeCoin, startTime, endTime, pageNum, pageSize, extraParams)

/** Builds a [UtaLoanReducesRequest], checked on construction: Filters of the liquidation history query. */
public fun utaLoanReducesRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    status: UtaLoanReduceStatus? = null,
    startTime: Long,
    endTime: Long,
    pageNum: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanReducesRequest = UtaLoanReducesRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNum, pageSize, extraParams)
