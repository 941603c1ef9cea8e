// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnLoanRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.earn.EarnLoanBorrowRequest
import io.github.bitget4j.model.v2.earn.EarnLoanCurrenciesRequest
import io.github.bitget4j.model.v2.earn.EarnLoanEstimateRequest
import io.github.bitget4j.model.v2.earn.EarnLoanHistoryRequest
import io.github.bitget4j.model.v2.earn.EarnLoanLiquidationRequest
import io.github.bitget4j.model.v2.earn.EarnLoanLiquidationStatus
import io.github.bitget4j.model.v2.earn.EarnLoanOngoingRequest
import io.github.bitget4j.model.v2.earn.EarnLoanPledgeHistoryRequest
import io.github.bitget4j.model.v2.earn.EarnLoanRepayHistoryRequest
import io.github.bitget4j.model.v2.earn.EarnLoanRepayRequest
import io.github.bitget4j.model.v2.earn.EarnLoanRevisePledgeRequest
import io.github.bitget4j.model.v2.earn.EarnLoanReviseSide
import io.github.bitget4j.model.v2.earn.EarnLoanReviseType
import io.github.bitget4j.model.v2.earn.EarnLoanStatus
import io.github.bitget4j.model.v2.earn.EarnLoanTerm
import io.github.bitget4j.model.v2.earn.EarnYesNo
import java.math.BigDecimal
import java.time.Instant

/** Builds a [EarnLoanCurrenciesRequest], checked on construction. */
public fun earnLoanCurrenciesRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanCurrenciesRequest = EarnLoanCurrenciesRequest(coin, extraParams)

/** Builds a [EarnLoanEstimateRequest], checked on construction. */
public fun earnLoanEstimateRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: EarnLoanTerm,
    pledgeAmount: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanEstimateRequest = EarnLoanEstimateRequest(loanCoin, pledgeCoin, daily, pledgeAmount, extraParams)

/** Builds a [EarnLoanBorrowRequest], checked on construction: send the collateral amount or the loan amount. */
public fun earnLoanBorrowRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: EarnLoanTerm,
    pledgeAmount: BigDecimal? = null,
    loanAmount: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanBorrowRequest = EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, extraParams)

/** Builds a [EarnLoanOngoingRequest], checked on construction. */
public fun earnLoanOngoingRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanOngoingRequest = EarnLoanOngoingRequest(orderId, loanCoin, pledgeCoin, extraParams)

/** Builds a [EarnLoanRepayRequest], checked on construction. */
public fun earnLoanRepayRequest(
    orderId: String,
    amount: BigDecimal? = null,
    repayUnlock: EarnYesNo? = null,
    repayAll: EarnYesNo,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanRepayRequest = EarnLoanRepayRequest(orderId, amount, repayUnlock, repayAll, extraParams)

/** Builds a [EarnLoanRepayHistoryRequest], checked on construction. */
public fun earnLoanRepayHistoryRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    startTime: Instant,
    endTime: Instant,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanRepayHistoryRequest = EarnLoanRepayHistoryRequest(orderId, loanCoin, pledgeCoin, startTime, endTime, pageNo, pageSize, extraParams)

/** Builds a [EarnLoanRevisePledgeRequest], checked on construction. */
public fun earnLoanRevisePledgeRequest(
    orderId: String,
    amount: BigDecimal,
    pledgeCoin: String,
    reviseType: EarnLoanReviseType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanRevisePledgeRequest = EarnLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, extraParams)

/** Builds a [EarnLoanPledgeHistoryRequest], checked on construction. */
public fun earnLoanPledgeHistoryRequest(
    orderId: String? = null,
    reviseSide: EarnLoanReviseSide? = null,
    pledgeCoin: String? = null,
    startTime: Instant,
    endTime: Instant,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanPledgeHistoryRequest = EarnLoanPledgeHistoryRequest(orderId, reviseSide, pledgeCoin, startTime, endTime, pageNo, pageSize, extraParams)

/** Builds a [EarnLoanHistoryRequest], checked on construction. */
public fun earnLoanHistoryRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    status: EarnLoanStatus? = null,
    startTime: Instant,
    endTime: Instant,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanHistoryRequest = EarnLoanHistoryRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, extraParams)

/** Builds a [EarnLoanLiquidationRequest], checked on construction. */
public fun earnLoanLiquidationRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    status: EarnLoanLiquidationStatus? = null,
    startTime: Instant,
    endTime: Instant,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanLiquidationRequest = EarnLoanLiquidationRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, extraParams)
