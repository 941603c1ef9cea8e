// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("InsLoanRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaInsLoanBindOperation
import io.github.bitget4j.model.v3.UtaInsLoanBindUidRequest
import io.github.bitget4j.model.v3.UtaInsLoanLtvRequest
import io.github.bitget4j.model.v3.UtaInsLoanOrderRequest
import io.github.bitget4j.model.v3.UtaInsLoanProductRequest
import io.github.bitget4j.model.v3.UtaInsLoanRepaidHistoryRequest
import io.github.bitget4j.model.v3.UtaInsLoanTransferedRequest

/**
 * Builds a [UtaInsLoanTransferedRequest], checked on construction: Parameters of the transferred quantity query.
 *
 * @param userId one uid of the risk unit; unset for the caller (optional, sent as `userId`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaInsLoanTransferedRequest(
    userId: String? = null,
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaInsLoanTransferedRequest = UtaInsLoanTransferedRequest(userId, coin, extraParams)

/**
 * Builds a [UtaInsLoanProductRequest], checked on construction: Names one institutional-loan product.
 *
 * @param productId the product id (required, sent as `productId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaInsLoanProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaInsLoanProductRequest = UtaInsLoanProductRequest(productId, extraParams)

/**
 * Builds a [UtaInsLoanRepaidHistoryRequest], checked on construction: Filters of the repayment history query; all optional.
 *
 * @param startTime earliest repayment, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest repayment, Unix milliseconds (optional, sent as `endTime`)
 * @param limit at most this many records (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaInsLoanRepaidHistoryRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaInsLoanRepaidHistoryRequest = UtaInsLoanRepaidHistoryRequest(startTime, endTime, limit, extraParams)

/**
 * Builds a [UtaInsLoanOrderRequest], checked on construction: Filters of the loan order query; all optional.
 *
 * @param orderId one loan order (optional, sent as `orderId`)
 * @param startTime earliest loan time, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest loan time, Unix milliseconds (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaInsLoanOrderRequest(
    orderId: String? = null,
    startTime: Long? = null,
    endTime: Long? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaInsLoanOrderRequest = UtaInsLoanOrderRequest(orderId, startTime, endTime, extraParams)

/**
 * Builds a [UtaInsLoanLtvRequest], checked on construction: Names a risk unit; all optional.
 *
 * @param riskUnitId the risk unit; required when the parent account asks, not when a risk unit asks (optional, sent as `riskUnitId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaInsLoanLtvRequest(
    riskUnitId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaInsLoanLtvRequest = UtaInsLoanLtvRequest(riskUnitId, extraParams)

/**
 * Builds a [UtaInsLoanBindUidRequest], checked on construction: Binds or unbinds one uid.
 *
 * @param riskUnitId the risk unit; unset for the caller's own (optional, sent as `riskUnitId`)
 * @param uid the uid to bind or unbind (required, sent as `uid`)
 * @param operate bind or unbind (required, sent as `operate`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaInsLoanBindUidRequest(
    riskUnitId: String? = null,
    uid: String,
    operate: UtaInsLoanBindOperation,
    extraParams: Map<String, Any> = emptyMap(),
): UtaInsLoanBindUidRequest = UtaInsLoanBindUidRequest(riskUnitId, uid, operate, extraParams)
