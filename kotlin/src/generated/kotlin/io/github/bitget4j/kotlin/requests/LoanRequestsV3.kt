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

/**
 * Builds a [UtaLoanBorrowRequest], checked on construction: A new crypto loan.
 *
 * @param loanCoin the coin to borrow, e.g. USDT (required, sent as `loanCoin`)
 * @param pledgeCoin the collateral coin, e.g. BTC (required, sent as `pledgeCoin`)
 * @param daily the loan term (required, sent as `daily`)
 * @param pledgeAmount collateral to lock; this or loanAmount is required (optional, greater than 0, sent as `pledgeAmount`)
 * @param loanAmount amount to borrow; this or pledgeAmount is required (optional, greater than 0, sent as `loanAmount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaLoanBorrowRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: UtaLoanTerm,
    pledgeAmount: BigDecimal? = null,
    loanAmount: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanBorrowRequest = UtaLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, extraParams)

/**
 * Builds a [UtaLoanRepayRequest], checked on construction: Repays one crypto loan.
 *
 * @param orderId the loan order id (required, sent as `orderId`)
 * @param method repay with the borrowed coin or with collateral (required, sent as `method`)
 * @param repayAll yes repays everything and ignores amount (required, sent as `repayAll`)
 * @param amount amount to repay; required when repayAll is no (optional, greater than 0, sent as `amount`)
 * @param repayUnlock whether to release collateral on a partial repayment (Bitget's default no) (optional, sent as `repayUnlock`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaLoanRepayRequest(
    orderId: String,
    method: UtaLoanRepayMethod,
    repayAll: UtaLoanYesNo,
    amount: BigDecimal? = null,
    repayUnlock: UtaLoanYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanRepayRequest = UtaLoanRepayRequest(orderId, method, repayAll, amount, repayUnlock, extraParams)

/**
 * Builds a [UtaLoanRevisePledgeRequest], checked on construction: Adjusts the collateral of one crypto loan.
 *
 * @param orderId the loan order id (required, sent as `orderId`)
 * @param amount collateral to add or withdraw (required, greater than 0, sent as `amount`)
 * @param pledgeCoin the collateral coin (required, sent as `pledgeCoin`)
 * @param reviseType IN adds collateral, OUT withdraws it (required, sent as `reviseType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaLoanRevisePledgeRequest(
    orderId: String,
    amount: BigDecimal,
    pledgeCoin: String,
    reviseType: UtaLoanReviseType,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanRevisePledgeRequest = UtaLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, extraParams)

/**
 * Builds a [UtaLoanCoinsRequest], checked on construction: Parameters of the loan coin query; all optional.
 *
 * @param coin one coin; unset for all (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaLoanCoinsRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanCoinsRequest = UtaLoanCoinsRequest(coin, extraParams)

/**
 * Builds a [UtaLoanInterestRequest], checked on construction: What-if of a crypto loan.
 *
 * @param loanCoin the coin to borrow (required, sent as `loanCoin`)
 * @param pledgeCoin the collateral coin (required, sent as `pledgeCoin`)
 * @param daily the loan term (required, sent as `daily`)
 * @param pledgeAmount collateral to lock (required, greater than 0, sent as `pledgeAmount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaLoanInterestRequest(
    loanCoin: String,
    pledgeCoin: String,
    daily: UtaLoanTerm,
    pledgeAmount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanInterestRequest = UtaLoanInterestRequest(loanCoin, pledgeCoin, daily, pledgeAmount, extraParams)

/**
 * Builds a [UtaLoanOngoingRequest], checked on construction: Filters of the open loans query; all optional.
 *
 * @param orderId one loan (optional, sent as `orderId`)
 * @param loanCoin the borrowed coin (optional, sent as `loanCoin`)
 * @param pledgeCoin the collateral coin (optional, sent as `pledgeCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaLoanOngoingRequest(
    orderId: String? = null,
    loanCoin: String? = null,
    pledgeCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaLoanOngoingRequest = UtaLoanOngoingRequest(orderId, loanCoin, pledgeCoin, extraParams)

/**
 * Builds a [UtaLoanBorrowHistoryRequest], checked on construction: Filters of the loan history query.
 *
 * @param orderId one loan (optional, sent as `orderId`)
 * @param loanCoin the borrowed coin (optional, sent as `loanCoin`)
 * @param pledgeCoin the collateral coin (optional, sent as `pledgeCoin`)
 * @param status how the loan ended (optional, sent as `status`)
 * @param startTime earliest borrow time, Unix milliseconds (within the last three months) (required, sent as `startTime`)
 * @param endTime latest borrow time, Unix milliseconds (required, sent as `endTime`)
 * @param pageNum page number, from 1 (optional, greater than 0, sent as `pageNum`)
 * @param pageSize page size (Bitget's default 10) (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaLoanRepayHistoryRequest], checked on construction: Filters of the repayment history query.
 *
 * @param orderId one loan (optional, sent as `orderId`)
 * @param loanCoin the borrowed coin (optional, sent as `loanCoin`)
 * @param pledgeCoin the collateral coin (optional, sent as `pledgeCoin`)
 * @param startTime earliest repayment, Unix milliseconds (within the last three months) (required, sent as `startTime`)
 * @param endTime latest repayment, Unix milliseconds (required, sent as `endTime`)
 * @param pageNum page number, from 1 (optional, greater than 0, sent as `pageNum`)
 * @param pageSize page size (Bitget's default 10) (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaLoanPledgeRateHistoryRequest], checked on construction: Filters of the collateral adjustment history query.
 *
 * @param orderId one loan (optional, sent as `orderId`)
 * @param reviseSide down (collateral added) or up (withdrawn) (optional, sent as `reviseSide`)
 * @param pledgeCoin the collateral coin (optional, sent as `pledgeCoin`)
 * @param startTime earliest adjustment, Unix milliseconds (within the last three months) (required, sent as `startTime`)
 * @param endTime latest adjustment, Unix milliseconds (required, sent as `endTime`)
 * @param pageNum page number, from 1 (optional, greater than 0, sent as `pageNum`)
 * @param pageSize page size (Bitget's default 10) (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaLoanReducesRequest], checked on construction: Filters of the liquidation history query.
 *
 * @param orderId one loan (optional, sent as `orderId`)
 * @param loanCoin the borrowed coin (optional, sent as `loanCoin`)
 * @param pledgeCoin the collateral coin (optional, sent as `pledgeCoin`)
 * @param status COMPLETE or WAIT (optional, sent as `status`)
 * @param startTime earliest liquidation, Unix milliseconds (required, sent as `startTime`)
 * @param endTime latest liquidation, Unix milliseconds (required, sent as `endTime`)
 * @param pageNum page number, from 1 (optional, greater than 0, sent as `pageNum`)
 * @param pageSize page size (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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
