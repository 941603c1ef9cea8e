// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnEliteRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.earn.EarnEliteAccount
import io.github.bitget4j.model.v2.earn.EarnEliteOrderRequest
import io.github.bitget4j.model.v2.earn.EarnEliteProductRequest
import io.github.bitget4j.model.v2.earn.EarnEliteRecordType
import io.github.bitget4j.model.v2.earn.EarnEliteRecordsRequest
import io.github.bitget4j.model.v2.earn.EarnEliteRedeemRequest
import io.github.bitget4j.model.v2.earn.EarnEliteRedeemType
import io.github.bitget4j.model.v2.earn.EarnEliteSubscribeRequest
import io.github.bitget4j.model.v2.earn.EarnYesNo
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [EarnEliteRecordsRequest], checked on construction.
 *
 * @param type type, one of `subscribe`, `redeem`, `interest` (required, sent as `type`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, sent as `limit`)
 * @param cursor endId of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnEliteRecordsRequest(
    type: EarnEliteRecordType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteRecordsRequest = EarnEliteRecordsRequest(type, startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [EarnEliteProductRequest], checked on construction.
 *
 * @param productId product id (required, sent as `productId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnEliteProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteProductRequest = EarnEliteProductRequest(productId, extraParams)

/**
 * Builds a [EarnEliteSubscribeRequest], checked on construction.
 *
 * @param productSubId from the subscribe info (required, sent as `productSubId`)
 * @param amount amount, decimal (required, greater than 0, sent as `amount`)
 * @param coin coin paid with; required for BGUSD (USDT or USDC) (optional, sent as `coin`)
 * @param paymentAccount Bitget's default: spot (optional, sent as `paymentAccount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnEliteSubscribeRequest(
    productSubId: String,
    amount: BigDecimal,
    coin: String? = null,
    paymentAccount: EarnEliteAccount? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteSubscribeRequest = EarnEliteSubscribeRequest(productSubId, amount, coin, paymentAccount, extraParams)

/**
 * Builds a [EarnEliteOrderRequest], checked on construction.
 *
 * @param orderId order id returned by the subscription (required, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnEliteOrderRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteOrderRequest = EarnEliteOrderRequest(orderId, extraParams)

/**
 * Builds a [EarnEliteRedeemRequest], checked on construction.
 *
 * @param productId product id (required, sent as `productId`)
 * @param productSubId from the redeem info (required, sent as `productSubId`)
 * @param redeemType BGBTC and BGSOL support standard only (required, sent as `redeemType`)
 * @param amount amount, decimal (required, greater than 0, sent as `amount`)
 * @param receiveAccount receive account, one of `spot`, `unified` (required, sent as `receiveAccount`)
 * @param advancedSettle settle early; BGBTC only (Bitget's default: no) (optional, sent as `advancedSettle`)
 * @param coin coin to receive; required for BGUSD (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnEliteRedeemRequest(
    productId: String,
    productSubId: String,
    redeemType: EarnEliteRedeemType,
    amount: BigDecimal,
    receiveAccount: EarnEliteAccount,
    advancedSettle: EarnYesNo? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteRedeemRequest = EarnEliteRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, extraParams)
