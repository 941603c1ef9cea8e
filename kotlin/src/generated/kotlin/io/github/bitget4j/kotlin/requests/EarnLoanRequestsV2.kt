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

/**
 * Builds a [EarnLoanCurrenciesRequest], checked on construction.
 *
 * @param coin unset for every coin (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnLoanCurrenciesRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanCurrenciesRequest = EarnLoanCurrenciesRequest(coin, extraParams)

/**
 * Builds a [EarnLoanEstimateRequest], checked on construction.
 *
 * @param loanCoin loan coin (required, sent as `loanCoin`)
 * @param pledgeCoin pledge coin (required, sent as `pledgeCoin`)
 * @param daily daily, one of `SEVEN`, `THIRTY` (required, sent as `daily`)
 * @param pledgeAmount collateral to pledge (optional, greater than 0, sent as `pledgeAmount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnLoanEstimateRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: EarnLoanTerm,
    pledgeAmount: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanEstimateRequest = EarnLoanEstimateRequest(loanCoin, pledgeCoin, daily, pledgeAmount, extraParams)

/**
 * Builds a [EarnLoanBorrowRequest], checked on construction: send the collateral amount or the loan amount.
 *
 * @param loanCoin coin to borrow, e.g. ETH (required, sent as `loanCoin`)
 * @param pledgeCoin collateral coin, e.g. USDT (required, sent as `pledgeCoin`)
 * @param daily daily, one of `SEVEN`, `THIRTY` (required, sent as `daily`)
 * @param pledgeAmount collateral to pledge (optional, greater than 0, sent as `pledgeAmount`)
 * @param loanAmount amount to borrow (optional, greater than 0, sent as `loanAmount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnLoanBorrowRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: EarnLoanTerm,
    pledgeAmount: BigDecimal? = null,
    loanAmount: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanBorrowRequest = EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, extraParams)

/**
 * Builds a [EarnLoanOngoingRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param loanCoin loan coin (optional, sent as `loanCoin`)
 * @param pledgeCoin pledge coin (optional, sent as `pledgeCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnLoanOngoingRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanOngoingRequest = EarnLoanOngoingRequest(orderId, loanCoin, pledgeCoin, extraParams)

/**
 * Builds a [EarnLoanRepayRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (required, sent as `orderId`)
 * @param amount required unless repayAll is yes (optional, greater than 0, sent as `amount`)
 * @param repayUnlock release the collateral after repaying (Bitget's default: yes) (optional, sent as `repayUnlock`)
 * @param repayAll repay all, one of `yes`, `no` (required, sent as `repayAll`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnLoanRepayRequest(
    orderId: String,
    amount: BigDecimal? = null,
    repayUnlock: EarnYesNo? = null,
    repayAll: EarnYesNo,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanRepayRequest = EarnLoanRepayRequest(orderId, amount, repayUnlock, repayAll, extraParams)

/**
 * Builds a [EarnLoanRepayHistoryRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param loanCoin loan coin (optional, sent as `loanCoin`)
 * @param pledgeCoin pledge coin (optional, sent as `pledgeCoin`)
 * @param startTime at most three months back (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param pageNo default 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 10 (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [EarnLoanRevisePledgeRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (required, sent as `orderId`)
 * @param amount collateral to add or withdraw (required, greater than 0, sent as `amount`)
 * @param pledgeCoin pledge coin (required, sent as `pledgeCoin`)
 * @param reviseType revise type, one of `IN`, `OUT` (required, sent as `reviseType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnLoanRevisePledgeRequest(
    orderId: String,
    amount: BigDecimal,
    pledgeCoin: String,
    reviseType: EarnLoanReviseType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnLoanRevisePledgeRequest = EarnLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, extraParams)

/**
 * Builds a [EarnLoanPledgeHistoryRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param reviseSide revise side, one of `down`, `up` (optional, sent as `reviseSide`)
 * @param pledgeCoin pledge coin (optional, sent as `pledgeCoin`)
 * @param startTime at most three months back (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param pageNo default 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 10 (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [EarnLoanHistoryRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param loanCoin loan coin (optional, sent as `loanCoin`)
 * @param pledgeCoin pledge coin (optional, sent as `pledgeCoin`)
 * @param status status, one of `ROLLBACK`, `FORCE`, `REPAY` (optional, sent as `status`)
 * @param startTime at most three months back (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param pageNo default 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 10 (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [EarnLoanLiquidationRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param loanCoin loan coin (optional, sent as `loanCoin`)
 * @param pledgeCoin pledge coin (optional, sent as `pledgeCoin`)
 * @param status status, one of `COMPLETE`, `WAIT` (optional, sent as `status`)
 * @param startTime at most three months back (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param pageNo default 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 10 (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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
