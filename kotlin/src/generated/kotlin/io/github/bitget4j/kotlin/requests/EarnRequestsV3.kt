// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaEarnAccount
import io.github.bitget4j.model.v3.UtaEarnAdvancedSettle
import io.github.bitget4j.model.v3.UtaEarnProductRequest
import io.github.bitget4j.model.v3.UtaEarnRecordType
import io.github.bitget4j.model.v3.UtaEarnRecordsRequest
import io.github.bitget4j.model.v3.UtaEarnRedeemRequest
import io.github.bitget4j.model.v3.UtaEarnRedeemType
import io.github.bitget4j.model.v3.UtaEarnSubscribeRequest
import io.github.bitget4j.model.v3.UtaEarnSubscribeResultRequest
import java.math.BigDecimal

/**
 * Builds a [UtaEarnSubscribeRequest], checked on construction: One Elite subscription.
 *
 * @param productSubId the product sub-id, from getEarnEliteSubscribeInfo (required, sent as `productSubId`)
 * @param amount amount to subscribe (required, greater than 0, sent as `amount`)
 * @param coin coin paid with; required for BGUSD (USDT or USDC) (optional, sent as `coin`)
 * @param paymentAccount account paid from (Bitget's default spot) (optional, sent as `paymentAccount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaEarnSubscribeRequest(
    productSubId: String,
    amount: BigDecimal,
    coin: String? = null,
    paymentAccount: UtaEarnAccount? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnSubscribeRequest = UtaEarnSubscribeRequest(productSubId, amount, coin, paymentAccount, extraParams)

/**
 * Builds a [UtaEarnSubscribeResultRequest], checked on construction: Names an Elite subscription.
 *
 * @param orderId the subscription order id (required, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaEarnSubscribeResultRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnSubscribeResultRequest = UtaEarnSubscribeResultRequest(orderId, extraParams)

/**
 * Builds a [UtaEarnRedeemRequest], checked on construction: One Elite redemption.
 *
 * @param productId the product id (required, sent as `productId`)
 * @param productSubId the product sub-id (required, sent as `productSubId`)
 * @param redeemType fast (BGUSD only) or standard (required, sent as `redeemType`)
 * @param amount amount to redeem (required, greater than 0, sent as `amount`)
 * @param receiveAccount account paid to (required, sent as `receiveAccount`)
 * @param advancedSettle settle early (BGBTC only; Bitget's default no) (optional, sent as `advancedSettle`)
 * @param coin coin received; required for BGUSD (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaEarnRedeemRequest(
    productId: String,
    productSubId: String,
    redeemType: UtaEarnRedeemType,
    amount: BigDecimal,
    receiveAccount: UtaEarnAccount,
    advancedSettle: UtaEarnAdvancedSettle? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnRedeemRequest = UtaEarnRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, extraParams)

/**
 * Builds a [UtaEarnRecordsRequest], checked on construction: Filters of the Elite history.
 *
 * @param type which kind of record (required, sent as `type`)
 * @param startTime earliest record, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest record, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the endId of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaEarnRecordsRequest(
    type: UtaEarnRecordType,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnRecordsRequest = UtaEarnRecordsRequest(type, startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [UtaEarnProductRequest], checked on construction: Names an Elite product.
 *
 * @param productId the product id (required, sent as `productId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaEarnProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnProductRequest = UtaEarnProductRequest(productId, extraParams)
